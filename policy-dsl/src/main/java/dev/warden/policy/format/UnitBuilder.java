package dev.warden.policy.format;

import dev.warden.policy.format.FileUnits.DeclUnits;
import dev.warden.policy.format.FileUnits.MemberUnits;
import dev.warden.policy.syntax.Decl;
import dev.warden.policy.syntax.Expr;
import dev.warden.policy.syntax.Member;
import dev.warden.policy.syntax.ParsedFile;
import dev.warden.policy.syntax.Span;
import dev.warden.policy.syntax.Token;
import dev.warden.policy.syntax.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds each declaration and member of a parsed file in its token list and cuts the tokens into
 * {@link Unit}s. Only for a file that parsed without error: then declarations follow each other
 * with nothing between them, and every token belongs to exactly one unit (checked).
 */
final class UnitBuilder {
    private final List<Token> tokens;
    private final List<Unit> sequence = new ArrayList<>();

    private UnitBuilder(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The units, and their sequence (in source order) for comment placement. */
    record Built(FileUnits file, List<Unit> sequence) {
    }

    static Built build(ParsedFile parsed, List<Token> tokens) {
        UnitBuilder builder = new UnitBuilder(tokens);
        FileUnits file = builder.file(parsed.declarations());
        builder.checkCoverage();
        return new Built(file, builder.sequence);
    }

    private FileUnits file(List<Decl> decls) {
        int eof = tokens.size() - 1;
        List<DeclUnits> result = new ArrayList<>();
        for (int i = 0; i < decls.size(); i++) {
            int next = i + 1 < decls.size() ? indexOf(decls.get(i + 1).keyword()) : eof;
            result.add(declaration(decls.get(i), next - 1));
        }
        return new FileUnits(result, unit(eof, eof));
    }

    private DeclUnits declaration(Decl decl, int close) {
        int keyword = indexOf(decl.keyword());
        int open = keyword;
        while (!tokens.get(open).is(TokenKind.LBRACE)) {
            open++;
        }
        require(tokens.get(close).is(TokenKind.RBRACE), "no '}' where " + decl.describe() + " should end");
        Unit header = unit(keyword, open);
        List<MemberUnits> members = new ArrayList<>();
        List<Member> list = decl.members();
        for (int i = 0; i < list.size(); i++) {
            int start = indexOf(list.get(i).keyword().span());
            int end = i + 1 < list.size() ? indexOf(list.get(i + 1).keyword().span()) - 1 : close - 1;
            members.add(member(list.get(i), start, end));
        }
        return new DeclUnits(decl, header, members, unit(close, close));
    }

    private MemberUnits member(Member member, int start, int end) {
        boolean bracketed = tokens.get(start + 1).is(TokenKind.LBRACKET);
        if (member instanceof Member.Condition condition) {
            return new MemberUnits(member, operands(condition.expr(), start, end), bracketed);
        }
        return new MemberUnits(member, List.of(unit(start, end)), bracketed);
    }

    /**
     * One unit per top-level operand of an and/or (found as the operators outside parentheses, but
     * inside those that wrap the whole condition: they group nothing, and the printer drops them).
     */
    private List<Unit> operands(Expr expr, int start, int end) {
        int expected = expr instanceof Expr.And and ? and.operands().size()
            : expr instanceof Expr.Or or ? or.operands().size() : 1;
        List<Integer> operators = new ArrayList<>();
        int wrapping = wrapping(start + 1, end);
        int depth = 0;
        for (int i = start + 1; i <= end; i++) {
            Token t = tokens.get(i);
            if (t.is(TokenKind.LPAREN)) {
                depth++;
            } else if (t.is(TokenKind.RPAREN)) {
                depth--;
            } else if (depth == wrapping && (t.isWord("and") || t.isWord("or"))) {
                operators.add(i);
            }
        }
        if (operators.size() + 1 != expected) {
            return List.of(unit(start, end)); // cannot happen for a file that parsed; one unit is still right
        }
        List<Unit> parts = new ArrayList<>();
        int from = start;
        for (int operator : operators) {
            parts.add(unit(from, operator - 1, from != start));
            from = operator;
        }
        parts.add(unit(from, end, true));
        return parts;
    }

    /** How many pairs of parentheses enclose all of the tokens {@code first..last}. */
    private int wrapping(int first, int last) {
        int pairs = 0;
        while (first + pairs < last - pairs && closes(first + pairs, last - pairs)) {
            pairs++;
        }
        return pairs;
    }

    /** Whether the token at {@code open} is '(' and its matching ')' is the token at {@code close}. */
    private boolean closes(int open, int close) {
        if (!tokens.get(open).is(TokenKind.LPAREN) || !tokens.get(close).is(TokenKind.RPAREN)) {
            return false;
        }
        int depth = 0;
        for (int i = open; i <= close; i++) {
            depth += tokens.get(i).is(TokenKind.LPAREN) ? 1 : tokens.get(i).is(TokenKind.RPAREN) ? -1 : 0;
            if (depth == 0) {
                return i == close;
            }
        }
        return false;
    }

    private Unit unit(int first, int last) {
        return unit(first, last, false);
    }

    private Unit unit(int first, int last, boolean operatorFirst) {
        Unit unit = new Unit(first, last, operatorFirst);
        unit.index = sequence.size();
        sequence.add(unit);
        return unit;
    }

    /** Index of the token that starts at {@code span} (tokens are in source order). */
    private int indexOf(Span span) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Span s = tokens.get(mid).span();
            int cmp = s.line() != span.line() ? Integer.compare(s.line(), span.line())
                : Integer.compare(s.column(), span.column());
            if (cmp == 0) {
                return mid;
            }
            if (cmp < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        throw new IllegalStateException("no token at " + span.where());
    }

    private void checkCoverage() {
        int expected = 0;
        for (Unit unit : sequence) {
            require(unit.first == expected && unit.last >= unit.first, "tokens " + expected + ".." + unit.first
                + " belong to no declaration");
            expected = unit.last + 1;
        }
        require(expected == tokens.size(), "the last tokens belong to no declaration");
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(problem);
        }
    }
}
