package dev.warden.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warden policy test}: failures with expected and actual, summaries, coverage, and exit statuses. */
class PolicyTestCommandTest {
    static final Path EXAMPLES = Path.of("../examples");

    static final String POLICY = """
        identity ingest {
            issuer  "https://issuer.example"
            subject "svc-ingest@example.com"
        }
        entrypoint split {
            method "a.Splitter#split"
        }
        permit may_split {
            principal ingest
            call      split
            when      arg.size <= 100
        }
        forbid frozen {
            principal any
            call      split
            when      tenant == "frozen"
        }
        """;

    static final String SPLIT = """
        "principal": {"subject": "svc-ingest@example.com", "issuer": "https://issuer.example"},
        "call": {"method": "a.Splitter#split(java.lang.String)"}""";

    @TempDir
    Path dir;

    private Path tests(String tests) throws IOException {
        Files.writeString(dir.resolve("rules.policy"), POLICY);
        return Files.writeString(dir.resolve("rules.policytest"), "{\"policy\": \"rules.policy\", \"tests\": [\n" + tests
            + "\n]}\n");
    }

    private static String test(String name, String attributes, String expect) {
        return "{\"name\": \"" + name + "\", \"request\": {" + SPLIT + ", \"attributes\": " + attributes + "},\n"
            + " \"expect\": " + expect + "}";
    }

    @Test
    void theExamplesPassAndExerciseEveryRule() {
        CliRun run = CliRun.of("policy", "test", EXAMPLES.toString());
        assertEquals(0, run.status(), run.out() + run.err());
        assertEquals(List.of(
            "../examples/chunking.policytest: 6 tests, 6 passed",
            "coverage of ../examples/chunking.policy: 2 of 2 rules exercised",
            "../examples/rag-pipeline/pipeline.policytest: 15 tests, 15 passed",
            "coverage of ../examples/rag-pipeline: 11 of 11 rules exercised",
            "",
            "all 21 tests passed"), List.of(run.outLines()));
        assertEquals("", run.err());
    }

    @Test
    void aFailureShowsWhatWasExpectedWhatWasDecidedAndTheTracesOfTheRulesInvolved() throws IOException {
        Path file = tests(String.join(",\n",
            test("small split", "{\"arg.size\": 5, \"tenant\": \"acme\"}", "{\"effect\": \"permit\", \"rules\": [\"may_split\"]}"),
            test("frozen split", "{\"arg.size\": 5, \"tenant\": \"frozen\"}",
                "{\"effect\": \"permit\", \"rules\": [\"may_splt\"]}")));
        CliRun run = CliRun.of("policy", "test", file.toString());
        assertEquals(1, run.status(), run.err());
        assertEquals(List.of(
            "FAIL frozen split  (" + file + ":5:1)",
            "  effect       expected permit, got deny",
            "  rules        expected [may_splt], got [frozen]",
            "  reason       forbidden by rule 'frozen'",
            "  note         the set has no rule 'may_splt': did you mean 'may_split'?",
            "  trace        forbid 'frozen': matched",
            "",
            file + ": 2 tests, 1 passed, 1 failed",
            "coverage of " + dir.resolve("rules.policy") + ": 2 of 2 rules exercised",
            "",
            "1 of 2 tests failed"), List.of(run.outLines()));
    }

    @Test
    void rulesNoTestExercisedAreListedAndCanBeRequired() throws IOException {
        Path file = tests(test("small split", "{\"arg.size\": 5, \"tenant\": \"acme\"}",
            "{\"effect\": \"permit\", \"rules\": [\"may_split\"]}"));
        CliRun run = CliRun.of("policy", "test", "--verbose", file.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of(
            "PASS small split  (" + file + ":2:1)",
            file + ": 1 test, 1 passed",
            "coverage of " + dir.resolve("rules.policy") + ": 1 of 2 rules exercised; no test exercised:",
            "  forbid 'frozen' (" + dir.resolve("rules.policy") + ":13)",
            "",
            "all 1 test passed"), List.of(run.outLines()));
        CliRun required = CliRun.of("policy", "test", "--require-coverage", file.toString());
        assertEquals(1, required.status());
        assertEquals(run.out().replace("PASS small split  (" + file + ":2:1)\n", ""), required.out());
        assertEquals("warden: the run fails because of --require-coverage: no test exercised forbid 'frozen' ("
            + dir.resolve("rules.policy") + ":13)\n", required.err());
    }

    @Test
    void mistakesInTestFilesAreReportedWithTheirPlaceAndNoTestRuns() throws IOException {
        Path file = tests(test("typo", "{\"arg.sise\": 5, \"tenant\": 3.5}", "{\"effect\": \"permit\"}"));
        CliRun run = CliRun.of("policy", "test", file.toString());
        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith(file + ":3:99: error[T003]: attribute \"tenant\" must be"), run.err());
        assertTrue(run.err().contains(file + ":4:12: error[T004]: \"expect\" has no \"rules\""), run.err());
        assertTrue(run.err().endsWith("warden: the test files have 2 errors; no test was run\n"), run.err());
    }

    @Test
    void aPolicySetWithErrorsIsAnInputError() throws IOException {
        Path file = tests(test("small split", "{\"arg.size\": 5}", "{\"effect\": \"permit\", \"rules\": [\"may_split\"]}"));
        Files.writeString(dir.resolve("rules.policy"), POLICY.replace("principal ingest", "principal ingst"));
        CliRun run = CliRun.of("policy", "test", file.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("error[P010]: unknown identity 'ingst'"), run.err());
        assertTrue(run.err().endsWith("has 1 error\n"), run.err());
    }

    @Test
    void theSetComesFromDashDashPolicyOrTheTestFile() throws IOException {
        Path file = Files.writeString(dir.resolve("no-policy.policytest"), "{\"tests\": [" + test("small split",
            "{\"arg.size\": 5, \"tenant\": \"acme\"}", "{\"effect\": \"permit\", \"rules\": [\"may_split\"]}") + "]}");
        CliRun without = CliRun.of("policy", "test", file.toString());
        assertEquals(2, without.status());
        assertEquals("warden: " + file + " names no policy: add \"policy\": [\"...\"] to it, or give --policy PATH\n",
            without.err());
        Files.writeString(dir.resolve("rules.policy"), POLICY);
        CliRun with = CliRun.of("policy", "test", "--policy", dir.resolve("rules.policy").toString(), file.toString());
        assertEquals(0, with.status(), with.out() + with.err());
    }

    @Test
    void aDirectoryWithoutTestFilesIsAnInputError() {
        CliRun run = CliRun.of("policy", "test", dir.toString());
        assertEquals(2, run.status());
        assertEquals("warden: no .policytest files in " + dir + "\n", run.err());
    }
}
