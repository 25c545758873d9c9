package dev.warden.policy.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for declarations. Each field or clause starts on its own line; on an
 * error the parser skips to the next line that starts a field, clause or declaration, so one run
 * reports every independent mistake.
 */
public final class Parser {

    private final SourceFile file;
    private final Cursor cursor;

    private Parser(SourceFile file, List<Token> tokens, Diagnostics diagnostics) {
        this.file = file;
        this.cursor = new Cursor(tokens, diagnostics);
    }

    public static ParsedFile parse(SourceFile file, Diagnostics diagnostics) {
        return parse(file, Lexer.tokenize(file, diagnostics), diagnostics);
    }

    /** Parses tokens already read from {@code file} (the formatter lexes once, keeping comments). */
    public static ParsedFile parse(SourceFile file, List<Token> tokens, Diagnostics diagnostics) {
        return new Parser(file, tokens, diagnostics).parseFile();
    }

    private ParsedFile parseFile() {
        List<Decl> declarations = new ArrayList<>();
        while (!cursor.at(TokenKind.EOF)) {
            Decl decl = declaration();
            if (decl != null) {
                declarations.add(decl);
            }
        }
        return new ParsedFile(file, declarations);
    }

    private Decl declaration() {
        Token keyword = cursor.peek();
        if (!keyword.is(TokenKind.IDENT) || !Grammar.DECLARATIONS.contains(keyword.text())) {
            cursor.unexpected("expected a declaration (" + String.join(", ", Grammar.DECLARATIONS) + ")",
                keyword.is(TokenKind.IDENT) ? Suggest.didYouMean(keyword.text(), Grammar.DECLARATIONS) : null);
            cursor.advance();
            skipToDeclaration();
            return null;
        }
        cursor.advance();
        RuleKind ruleKind = RuleKind.of(keyword.text());
        DeclKind kind = ruleKind != null ? DeclKind.RULE : DeclKind.valueOf(keyword.text().toUpperCase(java.util.Locale.ROOT));
        Name name = kind == DeclKind.POLICY ? new Name("policy", keyword.span()) : declarationName(keyword);
        String opened = kind == DeclKind.POLICY ? "'{' after 'policy' (the file's header has no name)"
            : "'{' after " + keyword.text() + " '" + (name == null ? "" : name.text()) + "'";
        if (name == null || cursor.expect(TokenKind.LBRACE, opened) == null) {
            skipToDeclaration();
            return null;
        }
        Members members = new Members(cursor, keyword.text(), name, Grammar.membersOf(kind, ruleKind));
        List<Member> parsed = members.parse();
        return new Decl(keyword.span(), kind, ruleKind, name, parsed, members.recovered());
    }

    private Name declarationName(Token keyword) {
        Token t = cursor.peek();
        if (!t.is(TokenKind.IDENT)) {
            cursor.unexpected("expected a name after '" + keyword.text() + "'", null);
            return null;
        }
        cursor.advance();
        if (Grammar.RESERVED.contains(t.text())) {
            cursor.diagnostics().error(Code.P016, t.span(), "'" + t.text() + "' is a reserved word and cannot be a name",
                "choose another name, e.g. '" + t.text() + "_" + keyword.text() + "'");
        }
        return new Name(t.text(), t.span());
    }

    private void skipToDeclaration() {
        while (!cursor.at(TokenKind.EOF) && !cursor.atDeclarationStart()) {
            cursor.advance();
        }
    }
}
