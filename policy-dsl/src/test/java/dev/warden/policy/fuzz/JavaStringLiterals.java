package dev.warden.policy.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals and text blocks of a Java source file, decoded as the compiler would. Enough
 * of Java's lexical grammar to find them: comments and character literals are skipped so that a
 * quote inside them does not start a string.
 */
final class JavaStringLiterals {
    private final String source;
    private final List<String> found = new ArrayList<>();
    private int pos;

    private JavaStringLiterals(String source) {
        this.source = unicodeEscapes(source);
    }

    static List<String> in(String javaSource) {
        JavaStringLiterals scanner = new JavaStringLiterals(javaSource);
        scanner.scan();
        return scanner.found;
    }

    private void scan() {
        while (pos < source.length()) {
            if (source.startsWith("//", pos)) {
                pos = lineEnd(pos);
            } else if (source.startsWith("/*", pos)) {
                int end = source.indexOf("*/", pos + 2);
                pos = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", pos)) {
                textBlock();
            } else if (source.charAt(pos) == '"') {
                stringLiteral();
            } else if (source.charAt(pos) == '\'') {
                pos = closing('\'', pos + 1) + 1;
            } else {
                pos++;
            }
        }
    }

    private void stringLiteral() {
        int end = closing('"', pos + 1);
        found.add(source.substring(pos + 1, end).translateEscapes());
        pos = end + 1;
    }

    /** Content starts after the line break that follows the opening delimiter (JLS 3.10.6). */
    private void textBlock() {
        int contentStart = lineEnd(pos + 3) + 1;
        int end = contentStart;
        while (end < source.length() && !source.startsWith("\"\"\"", end)) {
            end += source.charAt(end) == '\\' ? 2 : 1;
        }
        String raw = source.substring(Math.min(contentStart, end), Math.min(end, source.length()));
        found.add(raw.stripIndent().translateEscapes());
        pos = end + 3;
    }

    /** Index of the unescaped {@code quote} that ends a literal starting at {@code from}, or the line end. */
    private int closing(char quote, int from) {
        int i = from;
        while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, source.length());
    }

    /**
     * The compiler's first step (JLS 3.3): {@code \\uXXXX} becomes its character wherever the
     * backslash is not itself escaped by an odd run of backslashes before it.
     */
    static String unicodeEscapes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int backslashes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
                int hex = i + 1;
                while (hex < text.length() && text.charAt(hex) == 'u') {
                    hex++;
                }
                if (hex + 4 <= text.length() && text.substring(hex, hex + 4).matches("[0-9a-fA-F]{4}")) {
                    out.append((char) Integer.parseInt(text.substring(hex, hex + 4), 16));
                    i = hex + 3;
                    backslashes = 0;
                    continue;
                }
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            out.append(c);
        }
        return out.toString();
    }

    private int lineEnd(int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }
}
