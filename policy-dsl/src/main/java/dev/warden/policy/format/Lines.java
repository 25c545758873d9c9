package dev.warden.policy.format;

import java.util.ArrayList;
import java.util.List;

/**
 * The formatted file, line by line. Comments at the ends of consecutive lines are aligned one
 * column apart from the longest of those lines (two spaces), as people align them by hand.
 */
final class Lines {
    private record Line(String content, String trailing) {
    }

    private final List<Line> lines = new ArrayList<>();

    void add(String content) {
        add(content, null);
    }

    void add(String content, String trailingComment) {
        lines.add(new Line(content, trailingComment));
    }

    /** One empty line: never two in a row, never at the start. */
    void blank() {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).content().isEmpty()) {
            lines.add(new Line("", null));
        }
    }

    String text() {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            int width = 0;
            while (end < lines.size() && lines.get(end).trailing() != null) {
                width = Math.max(width, length(lines.get(end).content()));
                end++;
            }
            if (end == i) {
                out.append(lines.get(i).content()).append('\n');
                i++;
                continue;
            }
            for (; i < end; i++) {
                Line line = lines.get(i);
                String content = line.content();
                out.append(content).append(" ".repeat(width - length(content) + 2)).append(line.trailing()).append('\n');
            }
        }
        return out.toString();
    }

    private static int length(String content) {
        return content.codePointCount(0, content.length());
    }
}
