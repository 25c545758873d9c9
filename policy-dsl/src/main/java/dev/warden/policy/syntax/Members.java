package dev.warden.policy.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Parses the body of one declaration, between its braces: one field or clause per line, until
 * the closing brace.
 */
final class Members {
    private final Cursor cursor;
    private final String kind;
    private final Name owner;
    private boolean recovered;

    Members(Cursor cursor, String kind, Name owner) {
        this.cursor = cursor;
        this.kind = kind;
        this.owner = owner;
    }

    List<Decl.Field> identityFields() {
        return body(Parser.IDENTITY_FIELDS, keyword -> {
            StringValue value = stringAfter(keyword);
            return value == null ? null : new Decl.Field(new Name(keyword.text(), keyword.span()), value);
        });
    }

    List<StringValue> methods() {
        return body(Parser.ENTRYPOINT_FIELDS, this::stringAfter);
    }

    List<Clause> clauses() {
        return body(Parser.RULE_CLAUSES, keyword -> switch (keyword.text()) {
            case "principal" -> {
                Target target = target(keyword, "an identity name");
                yield target == null ? null : new Clause.PrincipalClause(keyword.span(), target);
            }
            case "call" -> {
                Target target = target(keyword, "an entrypoint name");
                yield target == null ? null : new Clause.CallClause(keyword.span(), target);
            }
            default -> {
                Expr expr = new ExprParser(cursor).expression();
                yield expr == null ? null : new Clause.Condition(keyword.span(), keyword.text().equals("unless"), expr);
            }
        });
    }

    /** Parses members until '}'; {@code member} gets the consumed keyword and returns null on error. */
    private <T> List<T> body(List<String> keywords, Function<Token, T> member) {
        List<T> result = new ArrayList<>();
        while (true) {
            Token t = cursor.peek();
            if (t.is(TokenKind.RBRACE)) {
                cursor.advance();
                return result;
            }
            if (t.is(TokenKind.EOF)) {
                cursor.diagnostics().error(Code.P001, owner.span(), kind + " '" + owner.text() + "' is not closed",
                    "add '}' after its last " + (isRule() ? "clause" : "field"));
                recovered = true;
                return result;
            }
            if ((t.lineStart() && t.is(TokenKind.IDENT) && Parser.DECLARATIONS.contains(t.text()))) {
                cursor.unexpected("expected '}' to close " + kind + " '" + owner.text() + "' (opened at line "
                    + owner.span().line() + ")", null);
                recovered = true;
                return result;
            }
            if (!t.is(TokenKind.IDENT) || !keywords.contains(t.text())) {
                unknownMember(t, keywords);
                cursor.advance();
                skipToMember(keywords);
                continue;
            }
            cursor.advance();
            if (cursor.peek().lineStart() || cursor.at(TokenKind.EOF)) {
                cursor.diagnostics().error(Code.P001, t.span(), "expected " + operandOf(t.text()) + " after '"
                    + t.text() + "' on the same line", null);
                recovered = true;
                continue;
            }
            T parsed = member.apply(t);
            if (parsed == null) {
                skipToMember(keywords);
            } else if (!cursor.peek().lineStart() && !cursor.at(TokenKind.RBRACE)) {
                cursor.unexpected("expected a new line or '}' after the '" + t.text() + "' " + (isRule() ? "clause" : "field"),
                    "put each field and clause on its own line; lists of names go in brackets: [a, b]");
                skipToMember(keywords);
            } else {
                result.add(parsed);
            }
        }
    }

    private void unknownMember(Token t, List<String> keywords) {
        String expected = "a field (" + String.join(", ", keywords) + ")";
        if (isRule()) {
            expected = "a clause (" + String.join(", ", keywords) + ")";
        }
        if (t.is(TokenKind.IDENT)) {
            cursor.diagnostics().error(Code.P015, t.span(), "unknown " + (expected.startsWith("a clause") ? "clause" : "field")
                + " '" + t.text() + "' in " + kind + " '" + owner.text() + "'", hintFor(t.text(), keywords));
        } else {
            cursor.unexpected("expected " + expected + " or '}'", null);
        }
    }

    private static String operandOf(String keyword) {
        return switch (keyword) {
            case "principal" -> "an identity name, 'any' or a list [a, b]";
            case "call" -> "an entrypoint name, 'any' or a list [a, b]";
            case "when", "unless" -> "a condition";
            default -> "a string";
        };
    }

    private static String hintFor(String word, List<String> keywords) {
        String suggestion = Suggest.didYouMean(word, keywords);
        return suggestion != null ? suggestion : "expected one of: " + String.join(", ", keywords);
    }

    /** Whether an error made the parser skip part of the body (so "missing clause" would be noise). */
    boolean recovered() {
        return recovered;
    }

    private boolean isRule() {
        return kind.equals("permit") || kind.equals("forbid");
    }

    /** Skips up to the next line starting with a member keyword, a declaration, or to '}'. */
    private void skipToMember(List<String> keywords) {
        recovered = true;
        while (!cursor.at(TokenKind.EOF) && !cursor.at(TokenKind.RBRACE)) {
            Token t = cursor.peek();
            if (t.lineStart() && t.is(TokenKind.IDENT)
                && (keywords.contains(t.text()) || Parser.DECLARATIONS.contains(t.text()))) {
                return;
            }
            cursor.advance();
        }
    }

    private StringValue stringAfter(Token keyword) {
        Token t = cursor.expect(TokenKind.STRING, "a string after '" + keyword.text() + "'");
        return t == null ? null : new StringValue(t.value(), t.span(), t.verbatim());
    }

    private Target target(Token keyword, String what) {
        Token t = cursor.peek();
        if (t.isWord("any")) {
            cursor.advance();
            return new Target.Any(t.span());
        }
        if (t.is(TokenKind.LBRACKET)) {
            cursor.advance();
            return nameList(what);
        }
        Name name = name(what + ", 'any' or a list [a, b] after '" + keyword.text() + "'");
        return name == null ? null : new Target.Names(List.of(name));
    }

    private Target nameList(String what) {
        List<Name> names = new ArrayList<>();
        do {
            if (cursor.at(TokenKind.RBRACKET) && !names.isEmpty()) {
                break; // trailing comma
            }
            Name name = name("expected " + what + " in the list");
            if (name == null) {
                return null;
            }
            names.add(name);
        } while (cursor.at(TokenKind.COMMA) && cursor.advance() != null);
        return cursor.expect(TokenKind.RBRACKET, "',' or ']'") == null ? null : new Target.Names(names);
    }

    private Name name(String expected) {
        Token t = cursor.peek();
        if (!t.is(TokenKind.IDENT) || Parser.RESERVED.contains(t.text())) {
            cursor.unexpected(expected.startsWith("expected") ? expected : "expected " + expected, null);
            return null;
        }
        cursor.advance();
        return new Name(t.text(), t.span());
    }
}
