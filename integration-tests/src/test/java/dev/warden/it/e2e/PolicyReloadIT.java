package dev.warden.it.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.it.client.ChunkingClient;
import dev.warden.it.fork.AgentWorkspace;
import dev.warden.it.fork.BuildLayout;
import dev.warden.it.fork.ForkedService;
import dev.warden.it.fork.JavaCommand;
import dev.warden.it.fork.ProcessRun;
import dev.warden.it.fork.SampleService;
import dev.warden.it.fork.WardenCli;
import dev.warden.it.identity.Identities;
import dev.warden.it.replay.SessionListing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The policy of a running service (forked JVM, built agent, enforce mode) is edited on disk; the
 * agent reloads it. One service for the class; each test first puts the policy it needs in force
 * (with a unique comment, so the text always changes and a reload always happens). The service
 * starts with the example plus a credential whose variable is unset, which the agent warns about.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyReloadIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Pattern RELOADED = Pattern.compile("policy reloaded: (\\S+) -> (\\S+) \\((\\d+) files\\)");
    private static final Pattern ENTRY_POINTS_CHANGED =
        Pattern.compile("entry points changed \\(\\+(\\d+) -(\\d+) patterns\\): retransformed (\\d+) loaded classes.*");
    private static final Pattern REJECTED = Pattern.compile("policy reload rejected (\\S+), (\\d+) error\\(s\\)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String EXAMPLE = AgentWorkspace.examplePolicy();
    /** The example with its forbid rule turned into a permit: the reporting identity may split now. */
    private static final String REPORTING_PERMITTED =
        EXAMPLE.replace("forbid reporting_never_splits", "permit reporting_may_split");
    /** The example plus a new entry point, LangChain4j's {@code Document.from}, that ingest may not call. */
    private static final String DOCUMENT_FROM_FORBIDDEN = EXAMPLE + """

        entrypoint make_documents {
            method "dev.langchain4j.data.document.Document#from"
        }

        forbid ingest_never_makes_documents {
            principal ingest
            call      make_documents
        }
        """;

    /** Never set where the tests run (checked), so the credential reading it cannot be read. */
    private static final String UNSET_VARIABLE = "EMBEDDINGS_KEY_NEVER_SET_IN_WARDEN_IT";
    private static final String SECRET = "sk-it-4fQ8wZr2LxN7bVtK";

    private final AtomicInteger edits = new AtomicInteger();
    private AgentWorkspace workspace;
    private ForkedService service;
    private ChunkingClient client;

    /** The example plus an endpoint and a credential read from {@code source} ({@code env "X"} or {@code file "/p"}). */
    private static String withCredential(String source) {
        return EXAMPLE + """

            endpoint embeddings {
                url "https://api.embeddings.example/v1/*"
            }

            credential embeddings_key {
                source  %s
                only_to [embeddings]
            }
            """.formatted(source);
    }

    @BeforeAll
    void startService() throws Exception {
        assertNull(System.getenv(UNSET_VARIABLE), UNSET_VARIABLE + " must not be set for these tests");
        workspace = AgentWorkspace.create(ItWork.freshDir("policy-reload"), withCredential("env \"" + UNSET_VARIABLE + "\""));
        service = SampleService.withAgent(JavaCommand.current(), BuildLayout.agentJar(),
            workspace.options().with("policy_reload_debounce", "100ms"));
        client = new ChunkingClient(service.uri("/"));
    }

    @AfterAll
    void stopService() {
        if (service != null) {
            service.close();
        }
    }

    /** Renames {@code text} over the policy file and waits for the reload; returns the new revision. */
    private String usePolicy(String text) throws Exception {
        int before = ItWork.stderrMatches(service, RELOADED);
        ItWork.replaceByRename(workspace.policy(), text + "\n# edit " + edits.incrementAndGet() + "\n");
        MatchResult reloaded = ItWork.awaitStderrMatch(service, RELOADED, before + 1, DEADLINE);
        assertNotNull(reloaded, () -> "no reload after the edit" + ItWork.stderrOf(service).get());
        assertEquals("1", reloaded.group(3));
        return reloaded.group(2);
    }

    private ChunkingClient.Reply chunkAs(String subject) throws Exception {
        return client.chunk(workspace.issuer().mint(subject, Duration.ofMinutes(10)), "One document. Two sentences.", 30, 0);
    }

    @Test
    void aPolicyRenamedIntoPlacePermitsTheFormerlyForbiddenIdentityUnderTheNewRevision() throws Exception {
        String oldRevision = usePolicy(EXAMPLE);
        assertEquals(403, chunkAs(Identities.REPORTING).status());

        String newRevision = usePolicy(REPORTING_PERMITTED);
        long before = client.splitterBodyRuns();
        ChunkingClient.Reply reply = chunkAs(Identities.REPORTING);

        assertEquals(200, reply.status(), () -> reply.body() + ItWork.stderrOf(service).get());
        assertEquals(before + 1, client.splitterBodyRuns());
        assertTrue(service.stderr().contains("policy reloaded: " + oldRevision + " -> " + newRevision + " (1 files)"),
            ItWork.stderrOf(service));
        JsonNode decision = lastDecisionOf(Identities.REPORTING);
        assertEquals("permit", decision.path("effect").asText().toLowerCase(), decision.toString());
        assertEquals(newRevision, decision.path("policyRevision").asText(), decision.toString());
        assertTrue(policyEvents().stream().anyMatch(e -> e.path("type").asText().equals("PolicyChanged")
                && e.path("oldRevision").asText().equals(oldRevision) && e.path("newRevision").asText().equals(newRevision)),
            "replay policy lists the change");
    }

    @Test
    void aSyntaxErrorWrittenIntoThePolicyIsLoggedWithItsPositionAndTheOldRulesStay() throws Exception {
        String kept = usePolicy(EXAMPLE);
        int rejectionsBefore = ItWork.stderrMatches(service, REJECTED);

        Files.writeString(workspace.policy(), EXAMPLE.replace("permit ingest_may_split", "permitt ingest_may_split"),
            StandardCharsets.UTF_8);

        MatchResult rejected = ItWork.awaitStderrMatch(service, REJECTED, rejectionsBefore + 1, DEADLINE);
        assertNotNull(rejected, () -> "no rejection" + ItWork.stderrOf(service).get());
        String afterRejection = service.stderr().substring(service.stderr().indexOf(rejected.group()));
        assertTrue(afterRejection.contains("the policy in force stays (" + kept + ")"), afterRejection);
        assertTrue(Pattern.compile("chunking\\.policy:\\d+:\\d+: error\\[").matcher(afterRejection).find(), afterRejection);
        assertEquals(200, chunkAs(Identities.INGEST).status());
        ChunkingClient.Reply denied = chunkAs(Identities.REPORTING);
        assertEquals(403, denied.status());
        assertEquals("reporting_never_splits", denied.json().path("rule").asText(), denied.body());
        assertTrue(policyEvents().stream().anyMatch(e -> e.path("type").asText().equals("PolicyRejected")
                && e.path("keptRevision").asText().equals(kept)
                && e.path("rejectedRevision").asText().equals(rejected.group(1)) && e.path("errors").asInt() >= 1),
            "replay policy lists the rejection");
    }

    @Test
    void anEntryPointNamedByAReloadIsGuardedInAClassAlreadyLoadedAndUnguardedWhenDroppedAgain() throws Exception {
        usePolicy(EXAMPLE);
        assertEquals(200, chunkAs(Identities.INGEST).status()); // Document is loaded by now

        int changes = ItWork.stderrMatches(service, ENTRY_POINTS_CHANGED);
        usePolicy(DOCUMENT_FROM_FORBIDDEN);
        MatchResult added = ItWork.awaitStderrMatch(service, ENTRY_POINTS_CHANGED, changes + 1, DEADLINE);
        assertNotNull(added, () -> "no retransformation" + ItWork.stderrOf(service).get());
        assertTrue(added.group().contains("dev.langchain4j.data.document.Document"), added.group());
        long before = client.splitterBodyRuns();
        ChunkingClient.Reply denied = chunkAs(Identities.INGEST);

        assertEquals(403, denied.status(), () -> denied.body() + ItWork.stderrOf(service).get());
        assertEquals("ingest_never_makes_documents", denied.json().path("rule").asText(), denied.body());
        assertEquals(before, client.splitterBodyRuns());

        usePolicy(EXAMPLE);
        MatchResult dropped = ItWork.awaitStderrMatch(service, ENTRY_POINTS_CHANGED, changes + 2, DEADLINE);
        assertNotNull(dropped, () -> "no retransformation back" + ItWork.stderrOf(service).get());
        assertEquals("0", dropped.group(1));
        assertEquals("1", dropped.group(2));
        assertEquals(200, chunkAs(Identities.INGEST).status());
    }

    @Test
    void aCredentialWhoseVariableIsUnsetIsNamedInOneWarningAtStart() throws Exception {
        Pattern warning = Pattern.compile("\\[warden] WARN credential embeddings_key: environment variable " + UNSET_VARIABLE
            + " is not set; inject rules that use it will deny the call");

        assertNotNull(ItWork.awaitStderr(service, warning, DEADLINE), ItWork.stderrOf(service));
        assertEquals(1, ItWork.stderrMatches(service, warning), ItWork.stderrOf(service));
    }

    @Test
    void aReloadedSetIsCheckedForCredentialsItCannotReadAndTheSecretIsNeverLogged() throws Exception {
        Path key = workspace.dir().resolve("secrets").resolve("embeddings-key");
        Pattern missing = Pattern.compile("\\[warden] WARN credential embeddings_key: file " + Pattern.quote(key.toString())
            + " does not exist; inject rules that use it will deny the call");
        int before = ItWork.stderrMatches(service, missing);

        usePolicy(withCredential("file \"" + key + "\""));
        assertNotNull(ItWork.awaitStderrMatch(service, missing, before + 1, DEADLINE), ItWork.stderrOf(service));

        Files.createDirectories(key.getParent());
        Files.writeString(key, SECRET + "\n", StandardCharsets.UTF_8);
        usePolicy(withCredential("file \"" + key + "\""));
        assertEquals(200, chunkAs(Identities.INGEST).status()); // the service runs on after both checks
        assertFalse(service.stderr().contains(SECRET), ItWork.stderrOf(service));
    }

    /** The last DecisionMade of the identity's last session, from {@code replay show --json}. */
    private JsonNode lastDecisionOf(String identity) throws Exception {
        WardenCli cli = new WardenCli(BuildLayout.agentJar());
        ProcessRun.Result listed = cli.run("replay", "sessions", "--json", "--identity", identity,
            "--journal", workspace.journal().toString());
        List<SessionListing.Session> sessions = SessionListing.parse(listed.stdout());
        assertTrue(!sessions.isEmpty(), listed::describe);
        ProcessRun.Result shown = cli.run("replay", "show", sessions.get(sessions.size() - 1).id(), "--json",
            "--journal", workspace.journal().toString());
        JsonNode decision = null;
        for (JsonNode event : jsonLines(shown.stdout())) {
            if (event.path("type").asText().equals("DecisionMade")) {
                decision = event;
            }
        }
        assertNotNull(decision, shown::describe);
        return decision;
    }

    private List<JsonNode> policyEvents() throws Exception {
        ProcessRun.Result result = new WardenCli(BuildLayout.agentJar())
            .run("replay", "policy", "--json", "--journal", workspace.journal().toString());
        assertEquals(0, result.exitCode(), result::describe);
        return jsonLines(result.stdout());
    }

    private static List<JsonNode> jsonLines(String text) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }
}
