package dev.warden.policy.eval;

import dev.warden.policy.Action;
import dev.warden.policy.Decision;
import dev.warden.policy.EntryPointCall;
import dev.warden.policy.Effect;
import dev.warden.policy.HttpCall;
import dev.warden.policy.Obligations;
import dev.warden.policy.Request;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds decisions and their reasons. The common case — one rule decides — reuses the rule's
 * precomputed id list and reason; everything else (several rules, condition errors, default deny)
 * is the slow path and may allocate.
 */
final class Outcomes {

    private Outcomes() {
    }

    /**
     * The decision {@code effect} made by {@code first} and every later rule of {@code rules} that
     * also counts as matched (an erroring forbid or require_approval counts; a permit does not).
     */
    static Decision ruled(Effect effect, CompiledRule[] rules, CompiledRule first, CompiledPolicySet.Evaluation ev,
                          String revision, Obligations obligations) {
        boolean errorMatches = effect != Effect.PERMIT;
        List<CompiledRule> all = null;
        boolean seen = false;
        for (CompiledRule rule : rules) {
            seen |= rule == first;
            if (!seen || rule == first) {
                continue;
            }
            int m = ev.match(rule);
            if (m == CompiledRule.MATCH || (errorMatches && m == CompiledRule.ERROR)) {
                if (all == null) {
                    all = new ArrayList<>(List.of(first));
                }
                all.add(rule);
            }
        }
        if (all == null && (!errorMatches || ev.match(first) == CompiledRule.MATCH)) {
            return new Decision(effect, first.ids, first.reason, revision, obligations, false);
        }
        List<CompiledRule> matched = all == null ? List.of(first) : all;
        return new Decision(effect, ids(matched), reason(matched, ev), revision, obligations, false);
    }

    static List<String> ids(List<CompiledRule> rules) {
        List<String> ids = new ArrayList<>(rules.size());
        rules.forEach(r -> ids.add(r.id));
        return ids;
    }

    private static String reason(List<CompiledRule> rules, CompiledPolicySet.Evaluation ev) {
        CompiledRule first = rules.get(0);
        StringBuilder text = new StringBuilder(first.reason.substring(0, first.reason.indexOf(" by rule")));
        text.append(rules.size() > 1 ? " by rules " : " by rule ");
        for (int i = 0; i < rules.size(); i++) {
            text.append(i == 0 ? "" : ", ").append('\'').append(rules.get(i).id).append('\'');
        }
        for (CompiledRule rule : rules) {
            if (ev.match(rule) == CompiledRule.ERROR) {
                text.append("; the condition of '").append(rule.id).append("' could not be evaluated (")
                    .append(rule.error(ev.request())).append("), and a ").append(rule.kind.keyword())
                    .append(" rule that cannot be evaluated counts as matched");
            }
        }
        return text.toString();
    }

    static String defaultDenyReason(CompiledRule[] permits, CompiledPolicySet.Evaluation ev) {
        Request request = ev.request();
        StringBuilder text = new StringBuilder("no rule permits ");
        if (request.principal().isAnonymous()) {
            text.append("an anonymous caller");
        } else {
            text.append("subject '").append(request.principal().subject()).append("' of issuer '")
                .append(request.principal().issuer()).append('\'');
        }
        text.append(' ').append(verb(request.action())).append(' ').append(request.action().display());
        for (CompiledRule rule : permits) {
            if (ev.match(rule) == CompiledRule.ERROR) {
                text.append("; permit '").append(rule.id).append("' did not apply because its condition could not be evaluated (")
                    .append(rule.error(request)).append(')');
            }
        }
        return text.toString();
    }

    /** {@code to call X#m}, {@code to send POST https://...}, {@code to run SQL on postgresql://...}. */
    static String verb(Action action) {
        if (action instanceof EntryPointCall) {
            return "to call";
        }
        return action instanceof HttpCall ? "to send" : "to run SQL on";
    }

    /** A denial produced by an obligation that cannot be carried out (never monitor-only). */
    static Decision obligationDenied(List<String> ruleIds, String reason, String revision) {
        return new Decision(Effect.DENY, ruleIds, reason, revision, Obligations.NONE, false);
    }
}
