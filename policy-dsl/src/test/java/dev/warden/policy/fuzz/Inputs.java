package dev.warden.policy.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Helpers over source texts: lines as the policy language counts them, and readable excerpts. */
final class Inputs {

    private Inputs() {
    }

    /**
     * The lines of {@code text}, split at {@code \n}, {@code \r\n} and a lone {@code \r}, as the
     * language defines them. Written again here, not taken from SourceFile: the checks compare the
     * parser's positions against this, which would prove nothing if both came from one place.
     */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /** Caps {@code text} at the size the fuzz tests allow. */
    static String capped(String text) {
        return text.length() <= BoundedParse.MAX_SOURCE_CHARS ? text : text.substring(0, BoundedParse.MAX_SOURCE_CHARS);
    }

    /** For failure messages: each file's name, size and escaped start. */
    static String describe(Map<String, String> sources) {
        StringBuilder text = new StringBuilder();
        sources.forEach((name, source) -> text.append("\n--- ").append(name).append(" (").append(source.length())
            .append(" chars) ---\n").append(escaped(source.length() > 2_000 ? source.substring(0, 2_000) + "..." : source)));
        return text.toString();
    }

    /** Java-style escapes for everything outside printable ASCII, line breaks kept readable. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("\\n\n");
            } else if (c == '\\') {
                out.append("\\\\");
            } else if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }
}
