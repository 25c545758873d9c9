package dev.warden.it.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.it.fork.BuildLayout;
import dev.warden.it.fork.WardenCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The built jar's policy tools on the examples users read: their tests pass and cover every rule. */
class PolicyToolsIT {
    private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();
    private static final Pattern COVERAGE = Pattern.compile("coverage of .*: (\\d+) of (\\d+) rules? exercised");

    private final WardenCli cli = new WardenCli(BuildLayout.agentJar());

    @Test
    void theExamplesPassTheirOwnTestsAndEveryRuleIsExercised() throws Exception {
        var run = cli.run("policy", "test", "--require-coverage", EXAMPLES.toString());
        assertEquals(0, run.exitCode(), run.describe());
        assertTrue(run.stdout().matches("(?s).*\nall \\d+ tests passed\n"), run.describe());
        Matcher coverage = COVERAGE.matcher(run.stdout());
        int sets = 0;
        while (coverage.find()) {
            assertEquals(coverage.group(2), coverage.group(1), run.describe());
            sets++;
        }
        assertEquals(2, sets, "the chunking policy and the rag-pipeline set: " + run.describe());
        assertEquals("", run.stderr(), run.describe());
    }

    @Test
    void theExamplesAreFormatted() throws Exception {
        var run = cli.run("policy", "fmt", "--check", EXAMPLES.toString());
        assertEquals(0, run.exitCode(), run.describe());
        assertEquals("", run.stdout(), run.describe());
    }

    @Test
    void aBrokenExpectationFailsWithExitOneAndSaysWhere() throws Exception {
        Path copy = copyOfExamples();
        Path tests = copy.resolve("chunking.policytest");
        Files.writeString(tests, Files.readString(tests).replace(
            "\"expect\": {\"effect\": \"deny\", \"rules\": [\"reporting_never_splits\"]}",
            "\"expect\": {\"effect\": \"permit\", \"rules\": [\"reporting_never_splits\"]}"));
        var run = cli.run("policy", "test", tests.toString());
        assertEquals(1, run.exitCode(), run.describe());
        assertTrue(run.stdout().contains("FAIL reporting may never split  (" + tests + ":"), run.describe());
        assertTrue(run.stdout().contains("  effect       expected permit, got deny\n"), run.describe());
        assertTrue(run.stdout().endsWith("1 of 6 tests failed\n"), run.describe());
    }

    @Test
    void explainPrintsEveryRuleAndTheDecisionOfATest() throws Exception {
        var run = cli.run("policy", "explain", "--request", EXAMPLES.resolve("chunking.policytest").toString(),
            "--test", "reporting may never split");
        assertEquals(0, run.exitCode(), run.describe());
        List<String> lines = run.stdout().lines().toList();
        assertTrue(lines.contains("forbid 'reporting_never_splits': matched"), run.describe());
        assertTrue(lines.contains("permit 'ingest_may_split': not matched at 'principal' (the caller matches none of: "
            + "ingest)"), run.describe());
        assertEquals("decision: DENY (reporting_never_splits): forbidden by rule 'reporting_never_splits'",
            lines.get(lines.size() - 1), run.describe());
    }

    private static Path copyOfExamples() throws IOException {
        Path copy = ItWork.freshDir("policy-tools");
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(EXAMPLES.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }
}
