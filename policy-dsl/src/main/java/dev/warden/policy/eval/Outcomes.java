package dev.warden.policy.eval;

import dev.warden.policy.Decision;
import dev.warden.policy.Effect;
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

    static Decision deny(CompiledRule[] forbids, CompiledRule first, Request request, long[] who, String revision) {
        return decide(Effect.DENY, forbids, first, request, who, true, revision);
    }

    static Decision permit(CompiledRule[] permits, CompiledRule first, Request request, long[] who, String revision) {
        return decide(Effect.PERMIT, permits, first, request, who, false, revision);
    }

    private static Decision decide(Effect effect, CompiledRule[] rules, CompiledRule first, Request request,
                                   long[] who, boolean errorMatches, String revision) {
        List<CompiledRule> all = null;
        boolean seen = false;
        for (CompiledRule rule : rules) {
            seen |= rule == first;
            if (!seen || rule == first) {
                continue;
            }
            int m = rule.match(request, who);
            if (m == CompiledRule.MATCH || (errorMatches && m == CompiledRule.ERROR)) {
                if (all == null) {
                    all = new ArrayList<>(List.of(first));
                }
                all.add(rule);
            }
        }
        if (all == null && (!errorMatches || first.match(request, who) == CompiledRule.MATCH)) {
            return new Decision(effect, first.ids, first.reason, revision);
        }
        List<CompiledRule> matched = all == null ? List.of(first) : all;
        return new Decision(effect, ids(matched), reason(effect, matched, request, who), revision);
    }

    private static List<String> ids(List<CompiledRule> rules) {
        List<String> ids = new ArrayList<>(rules.size());
        rules.forEach(r -> ids.add(r.id));
        return ids;
    }

    private static String reason(Effect effect, List<CompiledRule> rules, Request request, long[] who) {
        StringBuilder text = new StringBuilder(effect == Effect.DENY ? "forbidden by rule" : "permitted by rule");
        text.append(rules.size() > 1 ? "s " : " ");
        for (int i = 0; i < rules.size(); i++) {
            text.append(i == 0 ? "" : ", ").append('\'').append(rules.get(i).id).append('\'');
        }
        if (effect == Effect.DENY) {
            for (CompiledRule rule : rules) {
                if (rule.match(request, who) == CompiledRule.ERROR) {
                    text.append("; the condition of '").append(rule.id).append("' could not be evaluated (")
                        .append(rule.error(request)).append("), and a forbid rule that cannot be evaluated counts as matched");
                }
            }
        }
        return text.toString();
    }

    static String defaultDenyReason(CompiledRule[] permits, Request request, long[] who) {
        StringBuilder text = new StringBuilder("no rule permits ");
        if (request.principal().isAnonymous()) {
            text.append("an anonymous caller");
        } else {
            text.append("subject '").append(request.principal().subject()).append("' of issuer '")
                .append(request.principal().issuer()).append('\'');
        }
        text.append(" to call ").append(request.entryPoint().display());
        for (CompiledRule rule : permits) {
            if (rule.match(request, who) == CompiledRule.ERROR) {
                text.append("; permit '").append(rule.id).append("' did not apply because its condition could not be evaluated (")
                    .append(rule.error(request)).append(')');
            }
        }
        return text.toString();
    }
}
