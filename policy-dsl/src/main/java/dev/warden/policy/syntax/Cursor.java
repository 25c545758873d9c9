package dev.warden.policy.syntax;

import java.util.List;

/** A position in a token list, with the reporting helpers both parsers share. */
final class Cursor {
    private final List<Token> tokens;
    private final Diagnostics diagnostics;
    private int index;

    Cursor(List<Token> tokens, Diagnostics diagnostics) {
        this.tokens = tokens;
        this.diagnostics = diagnostics;
    }

    Token peek() {
        return tokens.get(index);
    }

    Token advance() {
        Token t = tokens.get(index);
        if (!t.is(TokenKind.EOF)) {
            index++;
        }
        return t;
    }

    boolean at(TokenKind kind) {
        return peek().is(kind);
    }

    boolean atWord(String word) {
        return peek().isWord(word);
    }

    /** Consumes a token of {@code kind}, or reports "expected WHAT, found ..." and returns null. */
    Token expect(TokenKind kind, String what) {
        if (at(kind)) {
            return advance();
        }
        unexpected("expected " + what, null);
        return null;
    }

    void unexpected(String expected, String hint) {
        Token t = peek();
        diagnostics.error(Code.P001, t.span(), expected + ", found " + t.describe(), hint);
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }
}
