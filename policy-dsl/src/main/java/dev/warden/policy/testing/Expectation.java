package dev.warden.policy.testing;

import dev.warden.policy.Effect;
import java.util.Objects;
import java.util.Set;

/**
 * The decision a test expects. Every part is exact: a rule id, mask, injection or approval the
 * decision has and the test does not name is a failure, as is one the test names and the decision
 * lacks.
 *
 * @param effect permit, deny or approval required
 * @param ruleIds the decision's rule ids (empty for a default deny)
 * @param masks the ids of the mask rules whose masks the decision carries
 * @param injections the credentials it injects, and where
 * @param approvals the names of the {@code approvers} declarations it asks
 * @param monitorOnly whether the deny is monitor-only (a default deny under {@code default monitor})
 */
public record Expectation(Effect effect, Set<String> ruleIds, Set<String> masks, Set<ExpectedInjection> injections,
                          Set<String> approvals, boolean monitorOnly) {

    public Expectation {
        Objects.requireNonNull(effect, "effect");
        ruleIds = Set.copyOf(ruleIds);
        masks = Set.copyOf(masks);
        injections = Set.copyOf(injections);
        approvals = Set.copyOf(approvals);
    }
}
