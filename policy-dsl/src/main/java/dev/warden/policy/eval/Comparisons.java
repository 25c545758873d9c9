package dev.warden.policy.eval;

import dev.warden.policy.syntax.CompareOp;

/** Comparison of two runtime values: integers order, strings and booleans only test equality. */
final class Comparisons {

    private Comparisons() {
    }

    static int compare(Object a, CompareOp op, Object b) {
        if (a == null || b == null) {
            return Condition.ERROR;
        }
        if (Value.isIntegral(a) && Value.isIntegral(b)) {
            int c = Long.compare(((Number) a).longValue(), ((Number) b).longValue());
            return truth(switch (op) {
                case EQ -> c == 0;
                case NE -> c != 0;
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                case GE -> c >= 0;
            });
        }
        boolean sameType = (a instanceof String && b instanceof String) || (a instanceof Boolean && b instanceof Boolean);
        if (!sameType || op.ordering()) {
            return Condition.ERROR;
        }
        return truth(a.equals(b) == (op == CompareOp.EQ));
    }

    static String explain(Value left, Object a, CompareOp op, Value right, Object b) {
        if (a == null || b == null) {
            return (a == null ? left : right).describe() + " is missing";
        }
        if (compare(a, op, b) != Condition.ERROR) {
            return null;
        }
        return "cannot apply '" + op.symbol() + "' to " + left.describe() + " (" + Value.typeOf(a) + ") and "
            + right.describe() + " (" + Value.typeOf(b) + ")";
    }

    private static int truth(boolean value) {
        return value ? Condition.TRUE : Condition.FALSE;
    }
}
