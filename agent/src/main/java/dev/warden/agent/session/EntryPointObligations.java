package dev.warden.agent.session;

import dev.warden.policy.Decision;
import dev.warden.policy.Effect;
import dev.warden.policy.Injection;
import dev.warden.policy.MaskSpec;
import dev.warden.policy.Obligations;
import java.util.TreeSet;

/**
 * Warden cannot yet mask or inject on an entry point, so a permit that carries masks or injections
 * is a denial there (an obligation that cannot be carried out denies: docs/policy-language.md). It
 * is made here, before the journal records the decision, so the journal says what the application
 * sees: {@code deny} by the obligation's rules, not the permit the policy would have given with it.
 */
final class EntryPointObligations {

    private EntryPointObligations() {
    }

    /** {@code decision} itself when this entry point can honour it (no allocation), else the denial. */
    static Decision enforceable(Decision decision) {
        Obligations obligations = decision.obligations();
        if (decision.effect() != Effect.PERMIT || (obligations.masks().isEmpty() && obligations.injections().isEmpty())) {
            return decision;
        }
        TreeSet<String> rules = new TreeSet<>();
        obligations.masks().stream().map(MaskSpec::ruleId).forEach(rules::add);
        obligations.injections().stream().map(Injection::ruleId).forEach(rules::add);
        String reason = (rules.size() == 1 ? "rule '" + rules.first() + "' requires " : "rules '" + String.join("', '", rules)
            + "' require ") + what(obligations) + ", which Warden cannot yet carry out on an entry point, and an obligation "
            + "that cannot be carried out denies the call (without it: " + decision.reason() + ")";
        return new Decision(Effect.DENY, rules.stream().toList(), reason, decision.policyRevision(), Obligations.NONE, false);
    }

    private static String what(Obligations obligations) {
        if (obligations.injections().isEmpty()) {
            return "masking";
        }
        return obligations.masks().isEmpty() ? "credential injection" : "masking and credential injection";
    }
}
