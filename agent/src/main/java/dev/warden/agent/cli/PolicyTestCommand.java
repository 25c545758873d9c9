package dev.warden.agent.cli;

import dev.warden.agent.policytest.InputException;
import dev.warden.agent.policytest.PolicyFiles;
import dev.warden.agent.policytest.TestFile;
import dev.warden.policy.PolicySet;
import dev.warden.policy.RuleDeclaration;
import dev.warden.policy.testing.PolicyTest;
import dev.warden.policy.testing.PolicyTests;
import dev.warden.policy.testing.TestReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = WardenVersion.class,
    description = {"Run .policytest files: each test states a request and the decision it must get.",
        "Prints every failure with what was expected and what the policy decided, a summary, and the rules no test "
            + "exercised."},
    footer = {"", "Exit status: 0 every test passed, 1 a test failed (or, with --require-coverage, a rule was not "
        + "exercised), 2 a test file or the policy set has errors, 3 internal error."})
final class PolicyTestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--policy", paramLabel = "PATH",
        description = "The policy set to test (a .policy file or a directory; repeat for more). "
            + "Default: each test file's own \"policy\".")
    List<Path> policy = new ArrayList<>();

    @Option(names = {"-v", "--verbose"}, description = "Also list the tests that pass.")
    boolean verbose;

    @Option(names = "--require-coverage",
        description = "Fail (exit 1, naming the rules) when some rule is exercised by no test.")
    boolean requireCoverage;

    @Parameters(arity = "1..*", paramLabel = "TESTPATH",
        description = ".policytest files, or directories whose .policytest files (at any depth) are run.")
    List<Path> testPaths;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> found = PolicyInputs.files(testPaths, ".policytest");
        if (found.isEmpty()) {
            throw new CliException(ExitStatus.USAGE, "no .policytest files in " + PolicyInputs.label(testPaths));
        }
        List<TestFile> files = read(found, err);
        Map<List<Path>, List<TestFile>> bySet = bySet(files);
        Map<List<Path>, PolicySet> sets = new LinkedHashMap<>();
        bySet.keySet().forEach(paths -> sets.put(paths, PolicyInputs.load(paths, err)));
        TestReportText text = new TestReportText(spec.commandLine().getOut(), verbose);
        boolean failed = false;
        List<RuleDeclaration> unexercised = new ArrayList<>();
        for (Map.Entry<List<Path>, List<TestFile>> set : bySet.entrySet()) {
            List<PolicyTest> tests = set.getValue().stream().flatMap(f -> f.tests().stream()).toList();
            TestReport report = PolicyTests.run(sets.get(set.getKey()), tests);
            text.report(PolicyInputs.label(set.getKey()), set.getValue(), report);
            failed |= !report.passed();
            unexercised.addAll(report.unexercised());
        }
        text.total();
        if (requireCoverage && !unexercised.isEmpty()) {
            // Every test may have passed: say why the status is not 0.
            throw new CliException(ExitStatus.FAILED, "the run fails because of --require-coverage: no test exercised "
                + unexercised.stream().map(RuleDeclaration::describe).collect(Collectors.joining(", ")));
        }
        return failed ? ExitStatus.FAILED : ExitStatus.OK;
    }

    /** Every file, or (after printing every problem in every file) a usage error. */
    private static List<TestFile> read(List<Path> paths, PrintWriter err) {
        List<TestFile> files = new ArrayList<>();
        int problems = 0;
        for (Path path : paths) {
            try {
                files.add(PolicyFiles.readTests(path));
            } catch (InputException e) {
                PolicyInputs.print(e.problems(), err);
                problems += e.problems().size();
            }
        }
        if (problems > 0) {
            throw new CliException(ExitStatus.USAGE, "the test files have " + PolicyInputs.count(problems, "error")
                + "; no test was run");
        }
        return files;
    }

    /** Test files by the policy set they run against: --policy for all, else each file's own. */
    private Map<List<Path>, List<TestFile>> bySet(List<TestFile> files) {
        Map<List<Path>, List<TestFile>> bySet = new LinkedHashMap<>();
        for (TestFile file : files) {
            List<Path> set = !policy.isEmpty() ? policy : file.policy().stream().map(PolicyInputs::shown).toList();
            if (set.isEmpty()) {
                throw new CliException(ExitStatus.USAGE, file.path() + " names no policy: add \"policy\": [\"...\"] "
                    + "to it, or give --policy PATH");
            }
            bySet.computeIfAbsent(set, k -> new ArrayList<>()).add(file);
        }
        return bySet;
    }
}
