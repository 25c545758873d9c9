package dev.warden.policy.eval;

import dev.warden.policy.ApprovalRequirement;
import dev.warden.policy.MaskSpec;
import dev.warden.policy.Request;
import dev.warden.policy.check.TargetKind;
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
    final TargetKind targetKind;
    /** Declaration indexes of the rule's target kind, or null for {@code any}. */
    final int[] targets;
    final boolean usesResult;
    final MaskSpec mask;
    final InjectPlan inject;
    final ApprovalRequirement approval;
    final long[] principals;
    final Condition[] when;
    final Condition[] unless;
    /** The conditions as written, for explanations: when clauses first, then unless clauses. */
    final String[] conditionTexts;

    /** @param principals bit set over identity indexes, or null for {@code principal any} */
    CompiledRule(String id, RuleKind kind, long[] principals, TargetKind targetKind, int[] targets, Condition[] when,
                 Condition[] unless, String[] conditionTexts, boolean usesResult, Obligation obligation) {
        this.id = id;
        this.kind = kind;
        this.ids = List.of(id);
        this.reason = switch (kind) {
            case FORBID -> "forbidden";
            case REQUIRE_APPROVAL -> "approval required";
            default -> "permitted";
        } + " by rule '" + id + "'";
        this.principals = principals;
        this.targetKind = targetKind;
        this.targets = targets;
        this.when = when;
        this.unless = unless;
        this.conditionTexts = conditionTexts;
        this.usesResult = usesResult;
        this.mask = obligation.mask();
        this.inject = obligation.inject();
        this.approval = obligation.approval();
    }

    /** What a rule adds to a decision: at most one of the three. */
    record Obligation(MaskSpec mask, InjectPlan inject, ApprovalRequirement approval) {
        static final Obligation NONE = new Obligation(null, null, null);
    }

    /**
     * MATCH, NO_MATCH, or ERROR (in scope, but a condition could not be evaluated). A rule that
     * reads {@code result.*} does not apply to a request without a result.
     */
    int match(Request request, long[] matchedIdentities, boolean afterCall) {
        if ((usesResult && !afterCall) || !principalMatches(matchedIdentities)) {
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

    boolean principalMatches(long[] matchedIdentities) {
        return principals == null || intersects(principals, matchedIdentities);
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
