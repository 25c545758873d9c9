package dev.warden.policy.testing;

import dev.warden.policy.ApprovalRequirement;
import dev.warden.policy.Decision;
import dev.warden.policy.Explanation;
import dev.warden.policy.MaskSpec;
import dev.warden.policy.PolicySet;
import dev.warden.policy.RuleDeclaration;
import dev.warden.policy.RuleTrace;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Runs policy tests against a compiled set and judges them. */
public final class PolicyTests {

    private PolicyTests() {
    }

    /** Runs every test (each with one {@code explain}, whose decision is {@code decide}'s). */
    public static TestReport run(PolicySet set, List<PolicyTest> tests) {
        List<TestOutcome> outcomes = new ArrayList<>();
        Set<String> exercised = new HashSet<>();
        for (PolicyTest test : tests) {
            Explanation explanation = set.explain(test.request());
            outcomes.add(new TestOutcome(test, explanation, compare(test.expected(), explanation.decision())));
            exercised.addAll(exercised(explanation));
        }
        List<RuleDeclaration> unexercised = set.rules().stream().filter(r -> !exercised.contains(r.id())).toList();
        return new TestReport(outcomes, set.rules(), unexercised);
    }

    /**
     * The rules a request exercised: those in its decision's rule ids, and those its explanation
     * shows as matched — a permit a forbid overrode, a mask or inject that applied. A rule that
     * only errored, was skipped, or did not match was not exercised.
     */
    public static Set<String> exercised(Explanation explanation) {
        Set<String> ids = new HashSet<>(explanation.decision().ruleIds());
        for (RuleTrace trace : explanation.rules()) {
            if (trace.status() == RuleTrace.Status.MATCHED) {
                ids.add(trace.ruleId());
            }
        }
        return ids;
    }

    /** How {@code actual} differs from {@code expected}, part by part; empty when it does not. */
    public static List<Mismatch> compare(Expectation expected, Decision actual) {
        List<Mismatch> found = new ArrayList<>();
        if (expected.effect() != actual.effect()) {
            found.add(new Mismatch("effect", effect(expected.effect().name()), effect(actual.effect().name())));
        }
        differ(found, "rules", expected.ruleIds(), actual.ruleIds());
        differ(found, "masks", expected.masks(), actual.obligations().masks().stream().map(MaskSpec::ruleId).toList());
        differ(found, "injections", expected.injections(),
            actual.obligations().injections().stream().map(ExpectedInjection::of).toList());
        differ(found, "approvals", expected.approvals(),
            actual.obligations().approvals().stream().map(ApprovalRequirement::approvers).toList());
        if (expected.monitorOnly() != actual.monitorOnly()) {
            found.add(new Mismatch("monitor_only", String.valueOf(expected.monitorOnly()),
                String.valueOf(actual.monitorOnly())));
        }
        return found;
    }

    private static <T extends Comparable<T>> void differ(List<Mismatch> found, String part, Collection<T> expected,
                                                         Collection<T> actual) {
        if (!Set.copyOf(expected).equals(Set.copyOf(actual))) {
            found.add(new Mismatch(part, list(expected), list(actual)));
        }
    }

    /** {@code [a, b]}, sorted, without repeats. */
    static <T extends Comparable<T>> String list(Collection<T> values) {
        return new TreeSet<>(values).stream().map(Object::toString).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String effect(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
