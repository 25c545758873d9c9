package dev.warden.policy;

import java.util.List;

/**
 * The result of {@link PolicySet#decide}: the effect, the ids of every rule that produced it (empty
 * for a default deny), a short reason for people, and the revision of the policy set that decided.
 */
public record Decision(Effect effect, List<String> ruleIds, String reason, String policyRevision) {

    public Decision {
        ruleIds = List.copyOf(ruleIds);
    }

    public boolean permitted() {
        return effect == Effect.PERMIT;
    }
}
