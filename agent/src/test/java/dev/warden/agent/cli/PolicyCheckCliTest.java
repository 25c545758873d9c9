package dev.warden.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.policy.PolicyLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code warden policy check}, run in-process on real files. */
class PolicyCheckCliTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String NAMES = """
        identity ingest {
            issuer  "https://issuer.warden.test"
            subject "svc-ingest@warden.test"
        }
        entrypoint split_documents {
            method "dev.langchain4j.data.document.DocumentSplitter#split"
        }
        """;
    private static final String RULES = """
        permit ingest_may_split {
            principal ingest
            call      split_documents
            when      arg.size <= 5000000
        }
        forbid nobody_else {
            principal any
            call      split_documents
            unless    principal.subject == "svc-ingest@warden.test"
        }
        """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void aValidDirectoryExitsZeroWithOneOkLine() throws Exception {
        write("set/a-names.policy", NAMES);
        write("set/b-rules.policy", RULES);
        write("set/README.txt", "not a policy");
        String revision = PolicyLoader.load(List.of(dir.resolve("set"))).revision();

        CliRun run = CliRun.of("policy", "check", dir.resolve("set").toString());

        assertEquals(0, run.status(), run.err());
        assertEquals("ok: 2 files, 2 rules, revision " + revision + "\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void everyErrorOfEveryFileIsPrintedWithCaretAndHintThenTheSummary() throws Exception {
        Path names = write("names.policy", NAMES.replace("subject \"svc", "subjct \"svc"));
        Path rules = write("rules.policy", RULES.replace("principal ingest", "principal ingst")
            .replace("arg.size", "arg.sise"));

        CliRun run = CliRun.of("policy", "check", names.toString(), rules.toString());

        assertEquals(1, run.status(), run.out());
        assertEquals(names + ":3:5: error[P015]: unknown field 'subjct' in identity 'ingest'\n"
            + "        subjct \"svc-ingest@warden.test\"\n"
            + "        ^^^^^^\n"
            + "    = help: did you mean 'subject'?\n"
            + "\n"
            + rules + ":2:15: error[P010]: unknown identity 'ingst'\n"
            + "        principal ingst\n"
            + "                  ^^^^^\n"
            + "    = help: did you mean 'ingest'?\n"
            + "\n"
            + rules + ":4:15: error[P010]: unknown attribute 'arg.sise'\n"
            + "        when      arg.sise <= 5000000\n"
            + "                  ^^^^^^^^\n"
            + "    = help: did you mean 'arg.size'?\n"
            + "\n"
            + "3 errors, 0 warnings in 2 files\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void jsonCarriesEveryDiagnosticFieldAndTheSummary() throws Exception {
        Path rules = write("rules.policy", NAMES + RULES.replace("principal ingest", "principal ingst"));

        CliRun run = CliRun.of("policy", "check", "--format", "json", rules.toString());

        assertEquals(1, run.status(), run.out());
        JsonNode report = MAPPER.readTree(run.out());
        assertEquals(rules.toString(), report.get("files").get(0).asText());
        JsonNode d = report.get("diagnostics").get(0);
        assertEquals(1, report.get("diagnostics").size());
        assertEquals(rules.toString(), d.get("file").asText());
        assertEquals(9, d.get("line").asInt());
        assertEquals(15, d.get("column").asInt());
        assertEquals(20, d.get("endColumn").asInt());
        assertEquals("error", d.get("severity").asText());
        assertEquals("P010", d.get("code").asText());
        assertEquals("unknown identity 'ingst'", d.get("message").asText());
        assertEquals("did you mean 'ingest'?", d.get("hint").asText());
        JsonNode summary = report.get("summary");
        assertEquals(false, summary.get("ok").asBoolean());
        assertEquals(1, summary.get("files").asInt());
        assertEquals(1, summary.get("errors").asInt());
        assertEquals(0, summary.get("warnings").asInt());
        assertTrue(summary.get("rules").isNull());
        assertTrue(summary.get("revision").isNull());
    }

    @Test
    void jsonOfAValidSetHasNoDiagnosticsAndTheRevision() throws Exception {
        Path names = write("names.policy", NAMES);
        Path rules = write("rules.policy", RULES);

        CliRun run = CliRun.of("policy", "check", "--format=JSON", names.toString(), rules.toString());

        assertEquals(0, run.status(), run.err());
        JsonNode report = MAPPER.readTree(run.out());
        assertEquals(0, report.get("diagnostics").size());
        JsonNode summary = report.get("summary");
        assertEquals(true, summary.get("ok").asBoolean());
        assertEquals(2, summary.get("files").asInt());
        assertEquals(2, summary.get("rules").asInt());
        assertEquals(PolicyLoader.load(List.of(names, rules)).revision(), summary.get("revision").asText());
    }

    @Test
    void aMissingFileIsAnErrorOfTheSetNamingThePath() throws Exception {
        Path missing = dir.resolve("nowhere.policy");

        CliRun text = CliRun.of("policy", "check", missing.toString());
        CliRun json = CliRun.of("policy", "check", "--format", "json", missing.toString());

        assertEquals(1, text.status());
        assertTrue(text.out().startsWith(missing + ": error[P041]: policy file not found\n"), text.out());
        assertTrue(text.out().endsWith("\n1 error, 0 warnings in 1 file\n"), text.out());
        assertEquals(1, json.status());
        JsonNode d = MAPPER.readTree(json.out()).get("diagnostics").get(0);
        assertEquals("P041", d.get("code").asText());
        assertTrue(d.get("line").isNull() && d.get("column").isNull() && d.get("endColumn").isNull(), d::toString);
    }

    @Test
    void aDirectoryWithoutPolicyFilesIsP040() throws Exception {
        write("empty/notes.txt", "nothing here");

        CliRun run = CliRun.of("policy", "check", dir.resolve("empty").toString());

        assertEquals(1, run.status());
        assertTrue(run.out().contains("error[P040]: no policy files to load"), run.out());
        assertTrue(run.out().endsWith("1 error, 0 warnings in 0 files\n"), run.out());
    }

    @Test
    void noPathIsAUsageError() {
        CliRun run = CliRun.of("policy", "check");
        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertEquals("warden: Missing required parameter: 'PATH' (see 'warden policy check --help')\n", run.err());
    }

    @Test
    void aBadOptionOrFormatIsAUsageError() throws Exception {
        Path names = write("names.policy", NAMES);
        CliRun bogus = CliRun.of("policy", "check", "--bogus", names.toString());
        assertEquals(2, bogus.status());
        assertTrue(bogus.err().startsWith("warden: Unknown option: '--bogus'"), bogus.err());
        CliRun format = CliRun.of("policy", "check", "--format", "xml", names.toString());
        assertEquals(2, format.status());
        assertTrue(format.err().startsWith("warden: Invalid value for option '--format'"), format.err());
    }

    @Test
    void policyWithoutACommandIsAUsageErrorListingTheCommands() {
        CliRun run = CliRun.of("policy");
        assertEquals(2, run.status());
        assertEquals("warden: missing command: choose one of check, fmt, test, explain (see 'warden policy --help')\n", run.err());
    }

    @Test
    void aBugInTheCheckIsAnInternalErrorWithOneLineOnStderr() throws Exception {
        Path names = write("names.policy", NAMES);
        for (Throwable bug : List.of(new IllegalStateException("checker bug"), new StackOverflowError("deep"))) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = WardenCli.run(new String[] {"policy", "check", names.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true), failingCheck(bug));
            assertEquals(3, status, err::toString);
            assertEquals("", out.toString());
            assertEquals("warden: internal error (please report it): " + bug + "\n", err.toString());
        }
    }

    @Test
    void helpDocumentsTheExitStatuses() {
        CliRun run = CliRun.of("policy", "check", "--help");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("Exit status:"), run.out());
        assertTrue(run.out().contains("1   errors found"), run.out());
        assertTrue(run.out().contains("3   internal error"), run.out());
        assertTrue(run.out().contains("--format=text|json"), run.out());
        assertTrue(run.out().contains("--warnings-as-errors"), run.out());
    }

    /** Creates every command as usual, except that the check throws {@code bug}. */
    private static CommandLine.IFactory failingCheck(Throwable bug) {
        CommandLine.IFactory real = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K created = real.create(type);
                if (created instanceof PolicyCheckCommand check) {
                    check.checker = paths -> {
                        if (bug instanceof Error e) {
                            throw e;
                        }
                        throw (RuntimeException) bug;
                    };
                }
                return created;
            }
        };
    }
}
