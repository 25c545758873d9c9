package dev.warden.policy.syntax;

/**
 * Reads one double-quoted string literal. Escapes: backslash followed by one of {@code " \\ n t r},
 * or u and four hex digits. A string ends on its own line; a missing closing quote is reported and
 * the rest of the line taken as its value.
 */
final class StringLiteral {

    private StringLiteral() {
    }

    static void read(Lexer lexer) {
        String text = lexer.text();
        int start = lexer.pos();
        int i = start + 1;
        StringBuilder value = new StringBuilder();
        boolean verbatim = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                lexer.advanceTo(i + 1);
                lexer.add(TokenKind.STRING, start, text.substring(start, i + 1), value.toString(), 0, verbatim);
                return;
            }
            if (c == '\n' || c == '\r') {
                break;
            }
            if (c == '\\') {
                verbatim = false;
                i = escape(lexer, i, value);
            } else {
                value.append(c);
                i++;
            }
        }
        lexer.diagnostics().error(Code.P002, lexer.spanAt(start, i - start),
            "string is not closed", "add a closing '\"' before the end of the line");
        lexer.advanceTo(i);
        lexer.add(TokenKind.STRING, start, text.substring(start, i), value.toString(), 0, verbatim);
    }

    /** Decodes the escape at {@code i} (a backslash) into {@code value}; returns the index after it. */
    private static int escape(Lexer lexer, int i, StringBuilder value) {
        String text = lexer.text();
        if (i + 1 >= text.length() || text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r') {
            return i + 1; // the string ends here unclosed, which is what gets reported
        }
        char e = text.charAt(i + 1);
        switch (e) {
            case '"' -> value.append('"');
            case '\\' -> value.append('\\');
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'r' -> value.append('\r');
            case 'u' -> {
                int code = hex4(text, i + 2);
                if (code >= 0) {
                    value.append((char) code);
                    return i + 6;
                }
                lexer.diagnostics().error(Code.P003, lexer.spanAt(i, 2),
                    "'\\u' must be followed by four hex digits", "write e.g. \\u00e9");
            }
            default -> {
                return unknownEscape(lexer, i);
            }
        }
        return i + 2;
    }

    /** Reports the backslash and the whole code point after it (a NUL is a character, not the end). */
    private static int unknownEscape(Lexer lexer, int i) {
        int codePoint = lexer.text().codePointAt(i + 1);
        String shown = CharNames.shown(codePoint);
        int length = 1 + Character.charCount(codePoint);
        lexer.diagnostics().error(Code.P003, lexer.spanAt(i, length), shown.startsWith("'")
                ? "unknown escape '\\" + shown.substring(1) : "unknown escape: '\\' followed by " + shown,
            "valid escapes are \\\" \\\\ \\n \\t \\r \\uXXXX");
        return i + length;
    }

    private static int hex4(String text, int from) {
        if (from + 4 > text.length()) {
            return -1;
        }
        int code = 0;
        for (int k = from; k < from + 4; k++) {
            int digit = Character.digit(text.charAt(k), 16);
            if (digit < 0) {
                return -1;
            }
            code = code * 16 + digit;
        }
        return code;
    }
}
