package dev.warden.policy.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a source into tokens. Never stops at a bad character: it reports it and carries on, so the
 * parser sees as much of the file as possible.
 */
public final class Lexer {
    private final SourceFile file;
    private final String text;
    private final Diagnostics diagnostics;
    private final List<Token> tokens = new ArrayList<>();
    /** Where comments go, or null when the caller does not want them. */
    private final List<Comment> comments;
    private int pos;
    private int line = 1;
    private int lineOffset;
    private int lastTokenLine;

    private Lexer(SourceFile file, Diagnostics diagnostics, List<Comment> comments) {
        this.file = file;
        this.text = file.text();
        this.diagnostics = diagnostics;
        this.comments = comments;
    }

    public static List<Token> tokenize(SourceFile file, Diagnostics diagnostics) {
        return tokenize(file, diagnostics, null);
    }

    /**
     * Like {@link #tokenize(SourceFile, Diagnostics)}, and also adds every comment, in source
     * order, to {@code comments} (when not null): the side table the formatter needs to keep them.
     */
    public static List<Token> tokenize(SourceFile file, Diagnostics diagnostics, List<Comment> comments) {
        Lexer lexer = new Lexer(file, diagnostics, comments);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (true) {
            skipSpaceAndComments();
            if (pos >= text.length()) {
                add(TokenKind.EOF, pos, "", "", 0, true);
                return;
            }
            char c = text.charAt(pos);
            if (isIdentStart(c)) {
                identifier();
            } else if (isDigit(c) || (c == '-' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1)))) {
                integer();
            } else if (c == '"') {
                StringLiteral.read(this);
            } else {
                punctuation(c);
            }
        }
    }

    private void skipSpaceAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n' || c == '\r') {
                pos++;
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
                line++;
                lineOffset = pos;
            } else if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                int start = pos;
                while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                    pos++;
                }
                if (comments != null) {
                    comments.add(new Comment(spanAt(start, pos - start), text.substring(start, pos),
                        tokens.isEmpty() || lastTokenLine != line));
                }
            } else {
                return;
            }
        }
    }

    private void identifier() {
        int start = pos;
        while (pos < text.length() && isIdentPart(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(start, pos);
        add(TokenKind.IDENT, start, word, word, 0, true);
    }

    private void integer() {
        int start = pos;
        pos++;
        while (pos < text.length() && (isDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        String raw = text.substring(start, pos);
        long value = 0;
        try {
            value = Long.parseLong(raw.replace("_", ""));
        } catch (NumberFormatException e) {
            diagnostics.error(Code.P005, spanAt(start, pos - start),
                "integer " + raw + " is out of range", "integers must lie between "
                    + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
        }
        add(TokenKind.INT, start, raw, raw, value, true);
    }

    private void punctuation(char c) {
        int start = pos;
        char next = pos + 1 < text.length() ? text.charAt(pos + 1) : '\0';
        TokenKind two = next == '=' ? switch (c) {
            case '=' -> TokenKind.EQ;
            case '!' -> TokenKind.NE;
            case '<' -> TokenKind.LE;
            case '>' -> TokenKind.GE;
            default -> null;
        } : null;
        if (two != null) {
            pos += 2;
            add(two, start, text.substring(start, pos), "", 0, true);
            return;
        }
        TokenKind one = switch (c) {
            case '{' -> TokenKind.LBRACE;
            case '}' -> TokenKind.RBRACE;
            case '[' -> TokenKind.LBRACKET;
            case ']' -> TokenKind.RBRACKET;
            case '(' -> TokenKind.LPAREN;
            case ')' -> TokenKind.RPAREN;
            case ',' -> TokenKind.COMMA;
            case '.' -> TokenKind.DOT;
            case '<' -> TokenKind.LT;
            case '>' -> TokenKind.GT;
            default -> null;
        };
        pos++;
        if (one != null) {
            add(one, start, String.valueOf(c), "", 0, true);
        } else {
            unexpectedCharacter(c, next, start);
        }
    }

    /**
     * Reports a character that starts no token. For the usual slips from other languages
     * ({@code = ! && ||}) it also emits the token that was surely meant, so parsing carries on
     * without a cascade of follow-on errors.
     */
    private void unexpectedCharacter(char c, char next, int start) {
        String hint = switch (c) {
            case '=' -> "use '==' to compare";
            case '!' -> "use 'not' to negate, or '!=' to compare";
            case '&' -> "use 'and'";
            case '|' -> "use 'or'";
            case '\'' -> "strings use double quotes: \"...\"";
            default -> null;
        };
        int codePoint = text.codePointAt(start);
        int length = (c == '&' || c == '|') && next == c ? 2 : Character.charCount(codePoint);
        pos = start + length; // one code point, one error: never half of a surrogate pair
        diagnostics.error(Code.P004, spanAt(start, length), "unexpected character " + CharNames.shown(codePoint), hint);
        String raw = text.substring(start, pos);
        switch (c) {
            case '=' -> add(TokenKind.EQ, start, raw, "", 0, true);
            case '!' -> add(TokenKind.IDENT, start, raw, "not", 0, true);
            case '&' -> add(TokenKind.IDENT, start, raw, "and", 0, true);
            case '|' -> add(TokenKind.IDENT, start, raw, "or", 0, true);
            default -> {
                // nothing meant: skip the character
            }
        }
    }

    // --- used by StringLiteral ---

    String text() {
        return text;
    }

    int pos() {
        return pos;
    }

    void advanceTo(int newPos) {
        pos = newPos;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    Span spanAt(int offset, int length) {
        return new Span(file, line, offset - lineOffset + 1, length);
    }

    void add(TokenKind kind, int start, String raw, String value, long number, boolean verbatim) {
        boolean lineStart = tokens.isEmpty() || lastTokenLine != line;
        lastTokenLine = line;
        tokens.add(new Token(kind, raw, value, number, spanAt(start, Math.max(1, raw.length())), lineStart,
            verbatim));
    }

    static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
