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

    /** The token {@code ahead} places after the current one (the end-of-file token past the end). */
    Token peekAt(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    /**
     * Whether a declaration starts here: a declaration keyword first on its line. The keywords that
     * are also rule clauses ({@code endpoint}, {@code datasource}, ...) count only when followed by
     * a name and '{', so {@code endpoint embeddings} inside a rule stays a clause.
     */
    boolean atDeclarationStart() {
        Token t = peek();
        if (!t.lineStart() || !t.is(TokenKind.IDENT) || !Grammar.DECLARATIONS.contains(t.text())) {
            return false;
        }
        return !Grammar.ALSO_CLAUSES.contains(t.text())
            || (peekAt(1).is(TokenKind.IDENT) && peekAt(2).is(TokenKind.LBRACE));
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
