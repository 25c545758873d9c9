package dev.warden.agent.cli;

import dev.warden.agent.policytest.InputException;
import dev.warden.agent.policytest.PolicyFiles;
import dev.warden.agent.policytest.TestFile;
import dev.warden.policy.Explanation;
import dev.warden.policy.PolicySet;
import dev.warden.policy.Request;
import dev.warden.policy.testing.PolicyTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = WardenVersion.class,
    description = {"Explain the decision on one request: for each rule, matched, not matched (and the first clause "
        + "that failed), error (and why) or skipped; then the decision with its rule ids, reason and obligations."},
    footer = {"", "Exit status: 0 explained (whatever the decision), 2 the request, a test file or the policy set "
        + "has errors, 3 internal error."})
final class PolicyExplainCommand implements Callable<Integer> {
    private static final String TEST_FILE = ".policytest";

    /** Output formats. */
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--request", required = true, paramLabel = "FILE",
        description = "The request, a JSON file (see docs/policy-language.md); or a .policytest file, with --test "
            + "naming the test whose request to explain.")
    Path request;

    @Option(names = "--test", paramLabel = "NAME",
        description = "Explain the request of this test of the --request .policytest file (by default against the "
            + "file's own \"policy\").")
    String test;

    @Option(names = "--policy", paramLabel = "PATH",
        description = "The policy set (a .policy file or a directory; repeat for more).")
    List<Path> policy = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
        description = "Output: text (default) or json.")
    Format format;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Request explained;
        List<Path> paths = policy;
        try {
            if (test != null) {
                TestFile file = PolicyFiles.readTests(request);
                PolicyTest chosen = file.test(test).orElseThrow(() -> new CliException(ExitStatus.USAGE, "no test named \""
                    + test + "\" in " + request + "; " + testNames(file)));
                explained = chosen.request();
                paths = policy.isEmpty() ? file.policy().stream().map(PolicyInputs::shown).toList() : policy;
            } else if (request.toString().endsWith(TEST_FILE)) {
                // Read as a request, a test file only gets "unknown field" errors for "policy" and "tests".
                throw new CliException(ExitStatus.USAGE, request + " is a policy test file, not a request: say which of "
                    + "its tests to explain with --test NAME; " + testNames(PolicyFiles.readTests(request)));
            } else {
                explained = PolicyFiles.readRequest(request);
            }
        } catch (InputException e) {
            PolicyInputs.print(e.problems(), err);
            throw new CliException(ExitStatus.USAGE, request + " has " + PolicyInputs.count(e.problems().size(), "error"));
        }
        if (paths.isEmpty()) {
            throw new CliException(ExitStatus.USAGE, "which policy? give the set with --policy PATH");
        }
        PolicySet set = PolicyInputs.load(paths, err);
        Explanation explanation = set.explain(explained);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ExplainJson.write(out, paths, set.revision(), explanation);
        } else {
            ExplainText.write(out, explained, PolicyInputs.label(paths), set.revision(), explanation);
        }
        return ExitStatus.OK;
    }

    private static String testNames(TestFile file) {
        return "its tests are: " + String.join(", ", file.tests().stream().map(t -> "\"" + t.name() + "\"").toList());
    }
}
