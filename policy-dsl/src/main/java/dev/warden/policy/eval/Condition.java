package dev.warden.policy.eval;

import dev.warden.policy.Request;
import dev.warden.policy.syntax.CompareOp;

/**
 * A compiled condition. {@link #eval} returns {@link #TRUE}, {@link #FALSE} or {@link #ERROR};
 * an error anywhere makes the whole condition an error (no short-circuit), so the outcome never
 * depends on the order operands were written in.
 */
sealed interface Condition permits Condition.All, Condition.AnyOf, Condition.Not, Condition.Compare,
    Condition.Contains, Condition.In, Condition.Matches, Condition.IsTrue {

    int FALSE = 0;
    int TRUE = 1;
    int ERROR = -1;

    int eval(Request request);

    /** Why {@link #eval} returned ERROR for this request, or null if it did not. Off the hot path. */
    String error(Request request);

    record All(Condition[] operands) implements Condition {
        public int eval(Request request) {
            int result = TRUE;
            for (Condition c : operands) {
                int v = c.eval(request);
                result = v == ERROR || result == ERROR ? ERROR : Math.min(result, v);
            }
            return result;
        }

        public String error(Request request) {
            return firstError(operands, request);
        }
    }

    record AnyOf(Condition[] operands) implements Condition {
        public int eval(Request request) {
            int result = FALSE;
            for (Condition c : operands) {
                int v = c.eval(request);
                result = v == ERROR || result == ERROR ? ERROR : Math.max(result, v);
            }
            return result;
        }

        public String error(Request request) {
            return firstError(operands, request);
        }
    }

    record Not(Condition operand) implements Condition {
        public int eval(Request request) {
            int v = operand.eval(request);
            return v == ERROR ? ERROR : 1 - v;
        }

        public String error(Request request) {
            return operand.error(request);
        }
    }

    record Compare(Value left, CompareOp op, Value right) implements Condition {
        public int eval(Request request) {
            return Comparisons.compare(left.get(request), op, right.get(request));
        }

        public String error(Request request) {
            return Comparisons.explain(left, left.get(request), op, right, right.get(request));
        }
    }

    /** {@code set contains "item"}: the set is a collection (principal.groups, sql.effects, a Set attribute). */
    record Contains(Value set, String item) implements Condition {
        public int eval(Request request) {
            return set.get(request) instanceof java.util.Collection<?> c ? (c.contains(item) ? TRUE : FALSE) : ERROR;
        }

        public String error(Request request) {
            Object v = set.get(request);
            if (v == null) {
                return set.describe() + " is missing";
            }
            return v instanceof java.util.Collection ? null : set.describe() + " is " + Value.typeOf(v) + ", not a set";
        }
    }

    /** {@code value in [literal, ...]}: equal to one of the literals. */
    record In(Value value, Object[] literals) implements Condition {
        public int eval(Request request) {
            Object v = value.get(request);
            int result = ERROR;
            for (Object literal : literals) {
                int c = Comparisons.compare(v, CompareOp.EQ, literal);
                if (c == TRUE) {
                    return TRUE;
                }
                result = c;
            }
            return result;
        }

        public String error(Request request) {
            Object v = value.get(request);
            if (v == null) {
                return value.describe() + " is missing";
            }
            return eval(request) == ERROR ? value.describe() + " is " + Value.typeOf(v) + ", unlike the listed values" : null;
        }
    }

    /** {@code value matches "re2"}: the whole string matches (RE2: linear time, no backtracking). */
    record Matches(Value value, com.google.re2j.Pattern pattern) implements Condition {
        public int eval(Request request) {
            return value.get(request) instanceof String s ? (pattern.matches(s) ? TRUE : FALSE) : ERROR;
        }

        public String error(Request request) {
            Object v = value.get(request);
            if (v == null) {
                return value.describe() + " is missing";
            }
            return v instanceof String ? null : value.describe() + " is " + Value.typeOf(v) + ", not a string";
        }
    }

    /** A lone boolean operand. */
    record IsTrue(Value value) implements Condition {
        public int eval(Request request) {
            Object v = value.get(request);
            return v instanceof Boolean b ? (b ? TRUE : FALSE) : ERROR;
        }

        public String error(Request request) {
            Object v = value.get(request);
            if (v == null) {
                return value.describe() + " is missing";
            }
            return v instanceof Boolean ? null : value.describe() + " is " + Value.typeOf(v) + ", not a boolean";
        }
    }

    private static String firstError(Condition[] operands, Request request) {
        for (Condition c : operands) {
            String error = c.error(request);
            if (error != null) {
                return error;
            }
        }
        return null;
    }
}
