package dev.warden.policy.testing;

import dev.warden.policy.RuleDeclaration;
import java.util.List;

/**
 * The outcome of every test run against one policy set, and the set's rules that no test exercised.
 *
 * @param outcomes one per test, in the order given
 * @param rules every rule of the set, sorted by id
 * @param unexercised the rules no test exercised (see {@link PolicyTests#exercised})
 */
public record TestReport(List<TestOutcome> outcomes, List<RuleDeclaration> rules, List<RuleDeclaration> unexercised) {

    public TestReport {
        outcomes = List.copyOf(outcomes);
        rules = List.copyOf(rules);
        unexercised = List.copyOf(unexercised);
    }

    public List<TestOutcome> failures() {
        return outcomes.stream().filter(o -> !o.passed()).toList();
    }

    public boolean passed() {
        return outcomes.stream().allMatch(TestOutcome::passed);
    }
}
