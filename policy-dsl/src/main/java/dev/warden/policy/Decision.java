package dev.warden.policy;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link PolicySet#decide}.
 *
 * @param effect permit, deny or approval required
 * @param ruleIds the ids of every rule that produced the effect, sorted (empty for a default deny)
 * @param reason a short explanation for people
 * @param policyRevision the revision of the policy set that decided
 * @param obligations what must happen for a permitted or approval-required call to run (masks,
 *     injections, approvals); {@link Obligations#NONE} for a denial
 * @param monitorOnly a default deny whose every matched target is declared in a
 *     {@code default monitor} file: the caller records "would deny" and lets the call run.
 *     Never true for a deny a rule produced.
 */
public record Decision(Effect effect, List<String> ruleIds, String reason, String policyRevision,
                       Obligations obligations, boolean monitorOnly) {

    public Decision {
        Objects.requireNonNull(effect, "effect");
        ruleIds = List.copyOf(ruleIds);
        Objects.requireNonNull(obligations, "obligations");
    }

    /** A decision without obligations, enforced. */
    public Decision(Effect effect, List<String> ruleIds, String reason, String policyRevision) {
        this(effect, ruleIds, reason, policyRevision, Obligations.NONE, false);
    }

    public boolean permitted() {
        return effect == Effect.PERMIT;
    }
}
