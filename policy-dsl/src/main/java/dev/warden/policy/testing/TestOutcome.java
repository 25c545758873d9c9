package dev.warden.policy.testing;

import dev.warden.policy.Explanation;
import java.util.List;

/**
 * How one test went.
 *
 * @param explanation every rule's trace and the decision (the one {@code decide} returns)
 * @param mismatches how the decision differs from the expectation; empty when the test passed
 */
public record TestOutcome(PolicyTest test, Explanation explanation, List<Mismatch> mismatches) {

    public TestOutcome {
        mismatches = List.copyOf(mismatches);
    }

    public boolean passed() {
        return mismatches.isEmpty();
    }
}
