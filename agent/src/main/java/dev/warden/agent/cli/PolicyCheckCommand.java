package dev.warden.agent.cli;

import dev.warden.policy.CheckResult;
import dev.warden.policy.PolicyLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = WardenVersion.class,
    description = {"Check a policy set and report every problem in one run: file:line:col, the source line with a "
        + "caret under the problem, a stable code (documented in docs/policy-language.md) and, for a misspelt name, "
        + "a 'did you mean'. Then one summary line."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:no errors (warnings are printed and counted, and do not fail the check)",
        "1:errors found (or warnings, with --warnings-as-errors); a missing or unreadable file is an error (P041)",
        "2:usage error: bad option, no PATH",
        "3:internal error: a bug in Warden, please report it"})
final class PolicyCheckCommand implements Callable<Integer> {

    /** How the report is printed. */
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    PolicyPaths set;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
        description = "text (default) for people; json for CI: one JSON document with every diagnostic and the summary.")
    Format format;

    @Option(names = "--warnings-as-errors", description = "Fail (exit 1) when there are warnings, not only errors.")
    boolean warningsAsErrors;

    /** The check itself; a field so that a test can make it fail as a bug would. */
    Function<List<Path>, CheckResult> checker = PolicyLoader::check;

    @Override
    public Integer call() throws IOException {
        CheckReport report = CheckReport.of(checker.apply(set.paths), warningsAsErrors);
        if (format == Format.json) {
            CheckJson.print(report, spec.commandLine().getOut());
        } else {
            CheckText.print(report, spec.commandLine().getOut());
        }
        return report.failed() ? ExitStatus.POLICY_ERRORS : ExitStatus.OK;
    }
}
