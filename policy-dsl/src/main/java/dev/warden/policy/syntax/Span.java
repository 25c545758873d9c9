package dev.warden.policy.syntax;

/** Where something is in a source: 1-based line and column, and its length on that line. */
public record Span(SourceFile file, int line, int column, int length) {

    /** A span starting at this one's start and reaching to the end of {@code end} (same line only). */
    public Span to(Span end) {
        if (end.line != line || end.file != file) {
            return this;
        }
        return new Span(file, line, column, Math.max(length, end.column + end.length - column));
    }

    /** {@code file:line:col}, for messages that point at another place. */
    public String where() {
        return file.name() + ":" + line + ":" + column;
    }
}
