package dev.warden.agent.cli;

import dev.warden.agent.policytest.TestFile;
import dev.warden.policy.Decision;
import dev.warden.policy.RuleDeclaration;
import dev.warden.policy.RuleTrace;
import dev.warden.policy.syntax.Suggest;
import dev.warden.policy.testing.Mismatch;
import dev.warden.policy.testing.TestOutcome;
import dev.warden.policy.testing.TestReport;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@code policy test} prints: each failure with expected and actual and the traces of the
 * rules involved, a line per test file, the rules no test exercised, and the total.
 */
final class TestReportText {
    private static final String INDENT = "  ";

    private final PrintWriter out;
    private final boolean verbose;
    private List<String> ruleIds = List.of();
    private int tests;
    private int failures;

    TestReportText(PrintWriter out, boolean verbose) {
        this.out = out;
        this.verbose = verbose;
    }

    void report(String set, List<TestFile> files, TestReport report) {
        ruleIds = report.rules().stream().map(RuleDeclaration::id).toList();
        for (TestOutcome outcome : report.outcomes()) {
            if (!outcome.passed()) {
                failure(outcome);
            } else if (verbose) {
                out.println("PASS " + outcome.test().name() + "  (" + outcome.test().where() + ")");
            }
        }
        int index = 0;
        for (TestFile file : files) {
            List<TestOutcome> outcomes = report.outcomes().subList(index, index + file.tests().size());
            index += file.tests().size();
            long failed = outcomes.stream().filter(o -> !o.passed()).count();
            out.println(PolicyInputs.shown(file.path()) + ": " + PolicyInputs.count(outcomes.size(), "test") + ", "
                + (outcomes.size() - failed) + " passed" + (failed > 0 ? ", " + failed + " failed" : ""));
            tests += outcomes.size();
            failures += (int) failed;
        }
        coverage(set, report);
    }

    void total() {
        out.println();
        out.println(failures == 0 ? "all " + PolicyInputs.count(tests, "test") + " passed"
            : failures + " of " + PolicyInputs.count(tests, "test") + " failed");
    }

    private void failure(TestOutcome outcome) {
        Decision decision = outcome.explanation().decision();
        out.println("FAIL " + outcome.test().name() + "  (" + outcome.test().where() + ")");
        for (Mismatch m : outcome.mismatches()) {
            out.println(INDENT + pad(m.part()) + "expected " + m.expected() + ", got " + m.actual());
        }
        out.println(INDENT + pad("reason") + decision.reason());
        for (String id : unknown(outcome)) {
            String hint = Suggest.didYouMean(id, ruleIds);
            out.println(INDENT + pad("note") + "the set has no rule '" + id + "'" + (hint == null ? "" : ": " + hint));
        }
        String label = pad("trace");
        for (RuleTrace trace : outcome.explanation().rules()) {
            if (involved(outcome).contains(trace.ruleId())) {
                out.println(INDENT + label + trace.render());
                label = pad("");
            }
        }
        out.println();
    }

    /** Rule ids the test expects that the set does not have: most likely a typo. */
    private List<String> unknown(TestOutcome outcome) {
        Set<String> expected = new TreeSet<>(outcome.test().expected().ruleIds());
        expected.addAll(outcome.test().expected().masks());
        expected.removeAll(ruleIds);
        return List.copyOf(expected);
    }

    /** The rules a failure is about: those the test names and those the decision names. */
    private static Set<String> involved(TestOutcome outcome) {
        Set<String> ids = new LinkedHashSet<>(outcome.test().expected().ruleIds());
        ids.addAll(outcome.test().expected().masks());
        Decision decision = outcome.explanation().decision();
        ids.addAll(decision.ruleIds());
        decision.obligations().masks().forEach(m -> ids.add(m.ruleId()));
        decision.obligations().injections().forEach(i -> ids.add(i.ruleId()));
        decision.obligations().approvals().forEach(a -> ids.add(a.ruleId()));
        return ids;
    }

    private void coverage(String set, TestReport report) {
        List<RuleDeclaration> missed = report.unexercised();
        int exercised = report.rules().size() - missed.size();
        out.print("coverage of " + set + ": " + exercised + " of " + PolicyInputs.count(report.rules().size(), "rule")
            + " exercised");
        out.println(missed.isEmpty() ? "" : "; no test exercised:");
        missed.forEach(r -> out.println(INDENT + r.describe()));
    }

    private static String pad(String label) {
        return label + " ".repeat(Math.max(1, 13 - label.length()));
    }
}
