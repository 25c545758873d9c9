package dev.warden.policy.eval;

import dev.warden.policy.Request;
import dev.warden.policy.syntax.RuleKind;
import java.util.List;

/**
 * One rule, ready to evaluate. Its id list and reason are built once so a decision that one rule
 * produces allocates nothing but the {@code Decision}.
 */
final class CompiledRule {
    static final int NO_MATCH = 0;
    static final int MATCH = 1;
    static final int ERROR = -1;

    final String id;
    final RuleKind kind;
    final List<String> ids;
    final String reason;
    private final long[] principals;
    private final Condition[] when;
    private final Condition[] unless;

    /** @param principals bit set over identity indexes, or null for {@code principal any} */
    CompiledRule(String id, RuleKind kind, long[] principals, Condition[] when, Condition[] unless) {
        this.id = id;
        this.kind = kind;
        this.ids = List.of(id);
        this.reason = (kind == RuleKind.FORBID ? "forbidden" : "permitted") + " by rule '" + id + "'";
        this.principals = principals;
        this.when = when;
        this.unless = unless;
    }

    /** MATCH, NO_MATCH, or ERROR (in scope, but a condition could not be evaluated). */
    int match(Request request, long[] matchedIdentities) {
        if (principals != null && !intersects(principals, matchedIdentities)) {
            return NO_MATCH;
        }
        boolean error = false;
        boolean holds = true;
        for (Condition c : when) {
            int v = c.eval(request);
            error |= v == Condition.ERROR;
            holds &= v == Condition.TRUE;
        }
        for (Condition c : unless) {
            int v = c.eval(request);
            error |= v == Condition.ERROR;
            holds &= v == Condition.FALSE;
        }
        return error ? ERROR : holds ? MATCH : NO_MATCH;
    }

    /** Why {@link #match} returned ERROR for this request. */
    String error(Request request) {
        for (Condition[] conditions : new Condition[][] {when, unless}) {
            for (Condition c : conditions) {
                String error = c.error(request);
                if (error != null) {
                    return error;
                }
            }
        }
        return "a condition could not be evaluated";
    }

    private static boolean intersects(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            if ((a[i] & b[i]) != 0) {
                return true;
            }
        }
        return false;
    }
}
