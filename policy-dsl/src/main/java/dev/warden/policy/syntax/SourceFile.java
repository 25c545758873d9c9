package dev.warden.policy.syntax;

import java.util.ArrayList;
import java.util.List;

/** One policy source: the name diagnostics show, and its text split into lines once. */
public final class SourceFile {
    private final String name;
    private final String text;
    private final List<String> lines;

    public SourceFile(String name, String text) {
        this.name = name;
        this.text = text;
        this.lines = splitLines(text);
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** The text of 1-based line {@code number}, without its line break; empty past the end. */
    public String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }

    private static List<String> splitLines(String text) {
        List<String> result = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                result.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        result.add(text.substring(start));
        return List.copyOf(result);
    }
}
