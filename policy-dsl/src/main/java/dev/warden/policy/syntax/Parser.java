package dev.warden.policy.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for declarations. Each field or clause starts on its own line; on an
 * error the parser skips to the next line that starts a field, clause or declaration, so one run
 * reports every independent mistake.
 */
public final class Parser {
    static final List<String> DECLARATIONS = List.of("identity", "entrypoint", "permit", "forbid");
    static final Set<String> RESERVED = Set.of("any", "and", "or", "not", "contains", "true", "false");
    static final List<String> IDENTITY_FIELDS = List.of("issuer", "subject", "audience", "group");
    static final List<String> ENTRYPOINT_FIELDS = List.of("method");
    static final List<String> RULE_CLAUSES = List.of("principal", "call", "when", "unless");

    private final SourceFile file;
    private final Cursor cursor;

    private Parser(SourceFile file, Diagnostics diagnostics) {
        this.file = file;
        this.cursor = new Cursor(Lexer.tokenize(file, diagnostics), diagnostics);
    }

    public static ParsedFile parse(SourceFile file, Diagnostics diagnostics) {
        return new Parser(file, diagnostics).parseFile();
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
        if (!keyword.is(TokenKind.IDENT) || !DECLARATIONS.contains(keyword.text())) {
            cursor.unexpected("expected a declaration (identity, entrypoint, permit or forbid)",
                keyword.is(TokenKind.IDENT) ? Suggest.didYouMean(keyword.text(), DECLARATIONS) : null);
            cursor.advance();
            skipToDeclaration();
            return null;
        }
        cursor.advance();
        Name name = declarationName(keyword);
        if (name == null || cursor.expect(TokenKind.LBRACE, "'{' after " + keyword.text() + " '" + name.text() + "'") == null) {
            skipToDeclaration();
            return null;
        }
        Members members = new Members(cursor, keyword.text(), name);
        return switch (keyword.text()) {
            case "identity" -> {
                List<Decl.Field> fields = members.identityFields();
                yield new Decl.Identity(keyword.span(), name, fields, members.recovered());
            }
            case "entrypoint" -> {
                List<StringValue> methods = members.methods();
                yield new Decl.EntryPoint(keyword.span(), name, methods, members.recovered());
            }
            default -> {
                List<Clause> clauses = members.clauses();
                RuleKind kind = keyword.text().equals("permit") ? RuleKind.PERMIT : RuleKind.FORBID;
                yield new Decl.Rule(keyword.span(), kind, name, clauses, members.recovered());
            }
        };
    }

    private Name declarationName(Token keyword) {
        Token t = cursor.peek();
        if (!t.is(TokenKind.IDENT)) {
            cursor.unexpected("expected a name after '" + keyword.text() + "'", null);
            return null;
        }
        cursor.advance();
        if (RESERVED.contains(t.text())) {
            cursor.diagnostics().error(Code.P016, t.span(), "'" + t.text() + "' is a reserved word and cannot be a name",
                "choose another name, e.g. '" + t.text() + "_" + keyword.text() + "'");
        }
        return new Name(t.text(), t.span());
    }

    private void skipToDeclaration() {
        while (!cursor.at(TokenKind.EOF)) {
            Token t = cursor.peek();
            if (t.lineStart() && t.is(TokenKind.IDENT) && DECLARATIONS.contains(t.text())) {
                return;
            }
            cursor.advance();
        }
    }
}
