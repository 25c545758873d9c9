package dev.warden.policy.syntax;

/**
 * A {@code #} comment, kept only when the caller of {@link Lexer#tokenize(SourceFile, Diagnostics, java.util.List)}
 * asks for them (the formatter does; loading a policy does not, so it pays nothing for them).
 *
 * @param span where it is: from the {@code #} to the end of its line
 * @param text the comment as written, from {@code #} to the end of the line
 * @param ownLine whether it is the first thing on its line (otherwise it follows a token)
 */
public record Comment(Span span, String text, boolean ownLine) {
}
