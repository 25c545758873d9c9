package dev.warden.policy.syntax;

import dev.warden.policy.syntax.Grammar.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses the body of one declaration, between its braces: one field or clause per line, until
 * the closing brace. Each keyword's shape comes from {@link Grammar}.
 */
final class Members {
    private final Cursor cursor;
    private final String kind;
    private final Name owner;
    private final Map<String, Shape> shapes;
    private final List<String> keywords;
    private boolean recovered;

    Members(Cursor cursor, String kind, Name owner, Map<String, Shape> shapes) {
        this.cursor = cursor;
        this.kind = kind;
        this.owner = owner;
        this.shapes = shapes;
        this.keywords = List.copyOf(shapes.keySet());
    }

    /** Parses members until '}'. */
    List<Member> parse() {
        List<Member> result = new ArrayList<>();
        while (true) {
            Token t = cursor.peek();
            if (t.is(TokenKind.RBRACE)) {
                cursor.advance();
                return result;
            }
            if (t.is(TokenKind.EOF)) {
                cursor.diagnostics().error(Code.P001, owner.span(), describeOwner() + " is not closed",
                    "add '}' after its last " + memberWord());
                recovered = true;
                return result;
            }
            if (cursor.atDeclarationStart() && !isMemberLine(t)) {
                cursor.unexpected("expected '}' to close " + describeOwner() + " (opened at line "
                    + owner.span().line() + ")", null);
                recovered = true;
                return result;
            }
            if (!t.is(TokenKind.IDENT) || !shapes.containsKey(t.text())) {
                unknownMember(t);
                cursor.advance();
                skipToMember();
                continue;
            }
            cursor.advance();
            Shape shape = shapes.get(t.text());
            if (cursor.peek().lineStart() || cursor.at(TokenKind.EOF)) {
                String expected = shape == Shape.TARGET ? targetNoun(t.text()) + ", 'any' or a list [a, b]" : shape.expected;
                cursor.diagnostics().error(Code.P001, t.span(), "expected " + expected + " after '"
                    + t.text() + "' on the same line", null);
                recovered = true;
                continue;
            }
            Member parsed = member(new Name(t.text(), t.span()), shape);
            if (parsed == null) {
                skipToMember();
            } else if (!cursor.peek().lineStart() && !cursor.at(TokenKind.RBRACE) && !cursor.at(TokenKind.EOF)) {
                cursor.unexpected("expected a new line or '}' after the '" + t.text() + "' " + memberWord(),
                    "put each field and clause on its own line; lists of names go in brackets: [a, b]");
                skipToMember();
            } else {
                result.add(parsed);
            }
        }
    }

    /** A declaration keyword that is also one of this body's members (e.g. 'endpoint x' in a rule). */
    private boolean isMemberLine(Token t) {
        return shapes.containsKey(t.text()) && !cursor.peekAt(2).is(TokenKind.LBRACE);
    }

    private Member member(Name keyword, Shape shape) {
        return switch (shape) {
            case STRING -> {
                StringValue value = string(keyword.text());
                yield value == null ? null : new Member.Str(keyword, value);
            }
            case NAME -> {
                Name word = name("a name after '" + keyword.text() + "'");
                yield word == null ? null : new Member.Word(keyword, word);
            }
            case TARGET -> {
                Target target = target(keyword.text());
                yield target == null ? null : new Member.Targets(keyword, target);
            }
            case NAME_STRING, NAME_OPT_STRING -> namedString(keyword, shape == Shape.NAME_OPT_STRING);
            case CONDITION -> {
                Expr expr = new ExprParser(cursor).expression();
                yield expr == null ? null : new Member.Condition(keyword, keyword.text().equals("unless"), expr);
            }
        };
    }

    private Member namedString(Name keyword, boolean optional) {
        Name word = name("a name after '" + keyword.text() + "'");
        if (word == null) {
            return null;
        }
        if (optional && !cursor.at(TokenKind.STRING)) {
            return new Member.NamedStr(keyword, word, null);
        }
        StringValue value = string(keyword.text() + " " + word.text());
        return value == null ? null : new Member.NamedStr(keyword, word, value);
    }

    private void unknownMember(Token t) {
        String what = memberWord();
        if (!t.is(TokenKind.IDENT)) {
            cursor.unexpected("expected a " + what + " (" + String.join(", ", keywords) + ") or '}'", null);
            return;
        }
        String hint = Suggest.didYouMean(t.text(), keywords);
        String owner = Grammar.ownerOf(t.text());
        if (hint == null && owner != null) {
            hint = "'" + t.text() + "' belongs in " + owner;
        }
        cursor.diagnostics().error(Code.P015, t.span(), "unknown " + what + " '" + t.text() + "' in " + describeOwner(),
            hint != null ? hint : "expected one of: " + String.join(", ", keywords));
    }

    /** Whether an error made the parser skip part of the body (so "missing clause" would be noise). */
    boolean recovered() {
        return recovered;
    }

    private String describeOwner() {
        return kind.equals("policy") ? "the policy header" : kind + " '" + owner.text() + "'";
    }

    private String memberWord() {
        return shapes.containsKey("principal") ? "clause" : "field";
    }

    /** Skips up to the next line starting with a member keyword, a declaration, or to '}'. */
    private void skipToMember() {
        recovered = true;
        while (!cursor.at(TokenKind.EOF) && !cursor.at(TokenKind.RBRACE)) {
            Token t = cursor.peek();
            if (t.lineStart() && t.is(TokenKind.IDENT) && (shapes.containsKey(t.text()) || cursor.atDeclarationStart())) {
                return;
            }
            cursor.advance();
        }
    }

    private StringValue string(String after) {
        Token t = cursor.expect(TokenKind.STRING, "a string after '" + after + "'");
        return t == null ? null : new StringValue(t.value(), t.span(), t.verbatim());
    }

    private Target target(String keyword) {
        Token t = cursor.peek();
        if (t.isWord("any")) {
            cursor.advance();
            return new Target.Any(t.span());
        }
        if (t.is(TokenKind.LBRACKET)) {
            cursor.advance();
            return nameList();
        }
        Name name = name(targetNoun(keyword) + ", 'any' or a list [a, b] after '" + keyword + "'");
        return name == null ? null : new Target.Names(List.of(name));
    }

    /** What a target clause names, for messages: {@code an identity name}. */
    private static String targetNoun(String keyword) {
        return switch (keyword) {
            case "principal" -> "an identity name";
            case "call" -> "an entrypoint name";
            case "endpoint" -> "an endpoint name";
            case "datasource" -> "a datasource name";
            case "only_to" -> "an endpoint or datasource name";
            case "method" -> "an HTTP method";
            case "detect" -> "a detector name";
            default -> "a name";
        };
    }

    private Target nameList() {
        List<Name> names = new ArrayList<>();
        do {
            if (cursor.at(TokenKind.RBRACKET) && !names.isEmpty()) {
                break; // trailing comma
            }
            Name name = name("a name in the list");
            if (name == null) {
                return null;
            }
            names.add(name);
        } while (cursor.at(TokenKind.COMMA) && cursor.advance() != null);
        return cursor.expect(TokenKind.RBRACKET, "',' or ']'") == null ? null : new Target.Names(names);
    }

    private Name name(String expected) {
        Token t = cursor.peek();
        if (!t.is(TokenKind.IDENT) || Grammar.RESERVED.contains(t.text())) {
            cursor.unexpected("expected " + expected, null);
            return null;
        }
        cursor.advance();
        return new Name(t.text(), t.span());
    }
}
