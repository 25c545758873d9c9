package dev.warden.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warden policy explain}: every rule's trace, the decision and its obligations, as text or JSON. */
class PolicyExplainCommandTest {
    static final String RAG = "../examples/rag-pipeline";
    static final String EMBED = """
        {"principal": {"subject": "svc-ingest@pipelines.example.com", "issuer": "https://login.example.com",
                       "audiences": ["rag-pipeline"]},
         "http": {"method": "POST", "url": "https://api.embeddings.example/v1/embeddings"},
         "attributes": {"payload.size": 10000},
         "time": "2026-03-10T09:00:00Z"}
        """;

    @TempDir
    Path dir;

    @Test
    void textShowsTheRequestEveryRuleTheDecisionAndItsObligations() throws IOException {
        Path request = Files.writeString(dir.resolve("embed.json"), EMBED);
        CliRun run = CliRun.of("policy", "explain", "--request", request.toString(), "--policy", RAG);
        assertEquals(0, run.status(), run.err());
        List<String> lines = List.of(run.outLines());
        assertEquals("request:  'svc-ingest@pipelines.example.com' of issuer 'https://login.example.com' sends "
            + "POST https://api.embeddings.example/v1/embeddings at 2026-03-10T09:00:00Z", lines.get(0));
        assertEquals("facts:    payload.size=10000", lines.get(1));
        assertTrue(lines.get(2).matches("policy:   \\.\\./examples/rag-pipeline \\(revision sha256:[0-9a-f]{16}\\)"),
            lines.get(2));
        for (String trace : List.of(
            "forbid 'no_bulk_export': not matched at 'datasource' (the rule covers datasources, and this request is an "
                + "HTTP request)",
            "permit 'ingest_may_embed': matched",
            "inject 'embeddings_bearer': matched",
            "mask 'pii_before_embedding': matched")) {
            assertTrue(lines.contains(trace), trace + " in\n" + run.out());
        }
        assertEquals(11, lines.stream().filter(l -> l.matches("[a-z_]+ '[a-z_]+': .*")).count());
        int decision = lines.indexOf("decision: PERMIT (ingest_may_embed): permitted by rule 'ingest_may_embed'");
        assertTrue(decision > 0, run.out());
        assertEquals(List.of("obligations:",
            "  mask 'pii_before_embedding': detect [email, phone, iban, credit_card]; regex \"EMP-[0-9]{6}\"; "
                + "replace \"[REDACTED]\"; apply input",
            "  inject 'embeddings_bearer': credential embeddings_key (from env EMBEDDINGS_API_KEY) into bearer"),
            lines.subList(decision + 1, lines.size()));
    }

    @Test
    void factsListEveryAttributeSortedWithSetsInBrackets() throws IOException {
        Path request = Files.writeString(dir.resolve("facts.json"), """
            {"principal": "anonymous", "call": {"method": "a.B#c()"},
             "attributes": {"tenant": "acme", "labels": ["x y", "a"], "arg.size": 3, "dry_run": false}}
            """);
        CliRun run = CliRun.of("policy", "explain", "--request", request.toString(), "--policy", RAG);
        assertEquals(0, run.status(), run.err());
        assertEquals("request:  an anonymous caller calls a.B#c() at 1970-01-01T00:00:00Z", run.outLines()[0]);
        assertEquals("facts:    arg.size=3 dry_run=false labels=[a,x y] tenant=\"acme\"", run.outLines()[1]);
        assertTrue(run.out().contains("\ndecision: DENY: no rule permits an anonymous caller to call a.B#c"), run.out());
    }

    @Test
    void jsonCarriesTheTracesAndTheWholeDecision() throws IOException {
        Path request = Files.writeString(dir.resolve("embed.json"), EMBED);
        CliRun run = CliRun.of("policy", "explain", "--request", request.toString(), "--policy", RAG, "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("../examples/rag-pipeline", json.at("/policy/paths/0").asText());
        assertTrue(json.at("/policy/revision").asText().startsWith("sha256:"));
        assertEquals(11, json.get("rules").size());
        JsonNode first = json.get("rules").get(0);
        assertEquals("customer_contacts", first.get("id").asText());
        assertEquals("mask", first.get("kind").asText());
        assertEquals("not_matched", first.get("status").asText());
        assertEquals("datasource", first.get("clause").asText());
        assertEquals("permit", json.at("/decision/effect").asText());
        assertEquals("ingest_may_embed", json.at("/decision/ruleIds/0").asText());
        assertEquals(false, json.at("/decision/monitorOnly").asBoolean());
        assertEquals("[REDACTED]", json.at("/decision/obligations/masks/0/replacement").asText());
        assertEquals("env", json.at("/decision/obligations/injections/0/source/kind").asText());
        assertEquals("EMBEDDINGS_API_KEY", json.at("/decision/obligations/injections/0/source/location").asText());
        assertEquals("bearer", json.at("/decision/obligations/injections/0/into").asText());
        assertTrue(json.at("/decision/obligations/injections/0/header").isNull());
        assertEquals(0, json.at("/decision/obligations/approvals").size());
    }

    @Test
    void aTestOfATestFileIsExplainedAgainstTheFilesOwnPolicy() {
        CliRun run = CliRun.of("policy", "explain", "--request", RAG + "/pipeline.policytest", "--test",
            "an update without WHERE needs a data steward");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("require_approval 'risky_sql': matched\n"), run.out());
        assertTrue(run.out().contains("permit 'on_call_maintenance': matched\n"), run.out());
        assertTrue(run.out().contains("decision: APPROVAL_REQUIRED (risky_sql): approval required by rule 'risky_sql'\n"
            + "obligations:\n  approval 'risky_sql': approvers data_stewards (groups [data-stewards], subjects "
            + "[dpo@example.com])\n"), run.out());
        CliRun unknown = CliRun.of("policy", "explain", "--request", "../examples/chunking.policytest", "--test", "nope");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("warden: no test named \"nope\" in ../examples/chunking.policytest; its tests "
            + "are: \"ingest may split a document\", "), unknown.err());
    }

    @Test
    void aTestFileGivenAsTheRequestSaysToNameATestWithTest() {
        CliRun run = CliRun.of("policy", "explain", "--request", "../examples/chunking.policytest", "--policy",
            "../examples/chunking.policy");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("warden: ../examples/chunking.policytest is a policy test file, not a request: "
            + "say which of its tests to explain with --test NAME; its tests are: \"ingest may split a document\", "),
            run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void aRequestWithMistakesOrWithoutAPolicyIsAnInputError() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"principal\": \"anonymous\", \"htp\": {}}");
        CliRun run = CliRun.of("policy", "explain", "--request", bad.toString(), "--policy", RAG);
        assertEquals(2, run.status());
        assertEquals(bad + ":1:28: error[T002]: unknown field \"htp\" in the request\n"
            + "    {\"principal\": \"anonymous\", \"htp\": {}}\n"
            + "                               ^^^^^\n"
            + "    = help: did you mean 'http'?\n"
            + bad + ":1:1: error[T004]: the request has no \"call\", \"http\" or \"sql\"\n"
            + "    {\"principal\": \"anonymous\", \"htp\": {}}\n"
            + "    ^\n"
            + "    = help: a request names one action: an entry-point \"call\", an outbound \"http\" request, or \"sql\" "
            + "on a datasource\n"
            + "warden: " + bad + " has 2 errors\n", run.err());
        Path good = Files.writeString(dir.resolve("embed.json"), EMBED);
        CliRun noPolicy = CliRun.of("policy", "explain", "--request", good.toString());
        assertEquals(2, noPolicy.status());
        assertEquals("warden: which policy? give the set with --policy PATH\n", noPolicy.err());
    }

    @Test
    void thePolicyGroupListsItsCommands() {
        CliRun run = CliRun.of("policy", "--help");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("check") && run.out().contains("fmt") && run.out().contains("test") && run.out().contains("explain"), run.out());
        CliRun bare = CliRun.of("policy");
        assertEquals(2, bare.status());
        assertTrue(bare.err().startsWith("warden: missing command: choose one of check, fmt, test, explain"), bare.err());
    }
}
