package dev.warden.policy.syntax;

/**
 * One token.
 *
 * @param text the raw source text (for a string: including quotes)
 * @param value the decoded value of a string, or the text of anything else
 * @param number the value of an integer
 * @param lineStart whether this is the first token on its line (used for error recovery)
 * @param verbatim for a string: whether the value equals the text between the quotes (no escapes),
 *     so a column inside the value maps directly to a source column
 */
public record Token(TokenKind kind, String text, String value, long number, Span span, boolean lineStart,
                    boolean verbatim) {

    public boolean is(TokenKind k) {
        return kind == k;
    }

    public boolean isWord(String word) {
        return kind == TokenKind.IDENT && value.equals(word);
    }

    /** How a message names this token: {@code 'permit'}, {@code a string}, {@code the end of the file}. */
    public String describe() {
        return switch (kind) {
            case IDENT -> "'" + text + "'";
            case STRING -> "the string " + text;
            case INT -> "the integer " + text;
            default -> kind.description();
        };
    }
}
