package dev.warden.policy.syntax;

import java.util.List;

/** A condition expression. */
public sealed interface Expr permits Expr.And, Expr.Or, Expr.Not, Expr.Compare, Expr.Contains, Expr.In, Expr.Matches,
    Expr.Truth {

    record And(List<Expr> operands) implements Expr {
        public And {
            operands = List.copyOf(operands);
        }
    }

    record Or(List<Expr> operands) implements Expr {
        public Or {
            operands = List.copyOf(operands);
        }
    }

    record Not(Span keyword, Expr operand) implements Expr {
    }

    /** {@code left OP right}. */
    record Compare(Operand left, CompareOp op, Span opSpan, Operand right) implements Expr {
    }

    /** {@code left contains right}: a set holds a value. */
    record Contains(Operand left, Span keyword, Operand right) implements Expr {
    }

    /** {@code left in [v1, v2, ...]}: a value is one of the literals. */
    record In(Operand left, Span keyword, List<Operand> values) implements Expr {
        public In {
            values = List.copyOf(values);
        }
    }

    /** {@code left matches "re2"}: the whole value matches a regular expression. */
    record Matches(Operand left, Span keyword, StringValue pattern) implements Expr {
    }

    /** A lone operand used as a condition: a boolean literal or a boolean attribute. */
    record Truth(Operand operand) implements Expr {
    }
}
