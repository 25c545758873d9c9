package dev.warden.policy.syntax;

/**
 * A decoded string literal and where it was written.
 *
 * @param verbatim whether the value equals its source text (no escapes): then a position inside the
 *     value maps to {@code span.column() + 1 + index}
 */
public record StringValue(String value, Span span, boolean verbatim) {

    /** The span of {@code length} characters at {@code index} of the value, or the whole literal. */
    public Span spanOf(int index, int length) {
        if (!verbatim) {
            return span;
        }
        return new Span(span.file(), span.line(), span.column() + 1 + index, Math.max(1, length));
    }
}
