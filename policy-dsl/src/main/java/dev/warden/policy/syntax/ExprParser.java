package dev.warden.policy.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a condition. {@code and} and {@code or} may not be mixed at one level without
 * parentheses (P030): precedence rules are a common source of policy bugs, so we make people say
 * what they mean.
 */
final class ExprParser {
    /**
     * Levels of {@code not} and parentheses a condition may nest. Far more than anyone writes; the
     * bound keeps the parser, checker and evaluator (all recursive) well inside any thread's stack,
     * where thousands of levels overflowed it.
     */
    static final int MAX_DEPTH = 64;

    private final Cursor cursor;
    private int depth;

    ExprParser(Cursor cursor) {
        this.cursor = cursor;
    }

    Expr expression() {
        Expr first = unary();
        if (first == null) {
            return null;
        }
        List<Expr> operands = new ArrayList<>(List.of(first));
        String op = null;
        boolean mixed = false;
        while (cursor.atWord("and") || cursor.atWord("or")) {
            Token opToken = cursor.advance();
            if (op == null) {
                op = opToken.value();
            } else if (!op.equals(opToken.value()) && !mixed) {
                mixed = true;
                cursor.diagnostics().error(Code.P030, opToken.span(),
                    "'and' and 'or' are mixed without parentheses",
                    "add parentheses to say which comes first, e.g. (a and b) or c");
            }
            Expr next = unary();
            if (next == null) {
                return null;
            }
            operands.add(next);
        }
        if (op == null) {
            return first;
        }
        return op.equals("and") ? new Expr.And(operands) : new Expr.Or(operands);
    }

    private Expr unary() {
        Token t = cursor.peek();
        if (!t.isWord("not") && !t.is(TokenKind.LPAREN)) {
            return comparison();
        }
        if (depth == MAX_DEPTH) {
            cursor.diagnostics().error(Code.P006, t.span(), "condition is nested more than " + MAX_DEPTH
                + " levels deep", "simplify it, or split it into several 'when' and 'unless' clauses");
            return null;
        }
        depth++;
        try {
            return nested(t);
        } finally {
            depth--;
        }
    }

    /** {@code not unary} or {@code ( condition )}, starting at {@code t}. */
    private Expr nested(Token t) {
        cursor.advance();
        if (t.isWord("not")) {
            Expr operand = unary();
            return operand == null ? null : new Expr.Not(t.span(), operand);
        }
        Expr inner = expression();
        if (inner == null || cursor.expect(TokenKind.RPAREN, "')'") == null) {
            return null;
        }
        return inner;
    }

    private Expr comparison() {
        Operand left = operand();
        if (left == null) {
            return null;
        }
        Token t = cursor.peek();
        CompareOp op = CompareOp.of(t.kind());
        if (op != null) {
            cursor.advance();
            Operand right = operand();
            return right == null ? null : new Expr.Compare(left, op, t.span(), right);
        }
        if (t.isWord("contains")) {
            cursor.advance();
            Operand right = operand();
            return right == null ? null : new Expr.Contains(left, t.span(), right);
        }
        if (t.isWord("in")) {
            cursor.advance();
            List<Operand> values = literalList();
            return values == null ? null : new Expr.In(left, t.span(), values);
        }
        if (t.isWord("matches")) {
            cursor.advance();
            Token pattern = cursor.expect(TokenKind.STRING, "a regular expression in quotes after 'matches'");
            return pattern == null ? null
                : new Expr.Matches(left, t.span(), new StringValue(pattern.value(), pattern.span(), pattern.verbatim()));
        }
        return new Expr.Truth(left);
    }

    /** {@code [literal, ...]}, at least one. */
    private List<Operand> literalList() {
        if (cursor.expect(TokenKind.LBRACKET, "'[' and a list of values after 'in'") == null) {
            return null;
        }
        List<Operand> values = new ArrayList<>();
        do {
            if (cursor.at(TokenKind.RBRACKET) && !values.isEmpty()) {
                break; // trailing comma
            }
            Operand value = operand();
            if (value == null) {
                return null;
            }
            if (value instanceof Operand.Path path) {
                cursor.diagnostics().error(Code.P001, path.span(), "expected a number, a string, true or false in "
                    + "the list, found '" + path.dotted() + "'", "the values after 'in' are literals");
                return null;
            }
            values.add(value);
        } while (cursor.at(TokenKind.COMMA) && cursor.advance() != null);
        return cursor.expect(TokenKind.RBRACKET, "',' or ']'") == null ? null : values;
    }

    private Operand operand() {
        Token t = cursor.peek();
        switch (t.kind()) {
            case INT:
                cursor.advance();
                return new Operand.IntLit(t.number(), t.span());
            case STRING:
                cursor.advance();
                return new Operand.StrLit(t.value(), t.span());
            case IDENT:
                if (t.text().equals("true") || t.text().equals("false")) {
                    cursor.advance();
                    return new Operand.BoolLit(t.text().equals("true"), t.span());
                }
                if (!Grammar.RESERVED.contains(t.text())) {
                    cursor.advance();
                    return path(t);
                }
                break;
            default:
                break;
        }
        cursor.diagnostics().error(Code.P001, t.span(), "expected a value (an attribute such as arg.size, "
            + "a principal fact such as principal.subject, a number, a string, true or false), found "
            + t.describe(), null);
        return null;
    }

    private Operand path(Token first) {
        List<Name> parts = new ArrayList<>(List.of(new Name(first.text(), first.span())));
        Span span = first.span();
        while (cursor.at(TokenKind.DOT)) {
            cursor.advance();
            Token part = cursor.expect(TokenKind.IDENT, "a name after '.'");
            if (part == null) {
                return null;
            }
            parts.add(new Name(part.text(), part.span()));
            span = span.to(part.span());
        }
        return new Operand.Path(parts, span);
    }
}
