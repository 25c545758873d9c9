package dev.warden.it.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.it.client.ChunkingClient;
import dev.warden.it.fork.AgentOptions;
import dev.warden.it.fork.AgentWorkspace;
import dev.warden.it.fork.BuildLayout;
import dev.warden.it.fork.ForkedService;
import dev.warden.it.fork.JavaCommand;
import dev.warden.it.fork.ProcessRun;
import dev.warden.it.fork.SampleService;
import dev.warden.it.fork.WardenCli;
import dev.warden.it.identity.Identities;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A policy that fails to load, or an invalid Warden configuration, must never leave the methods the
 * policy names unguarded: they are denied in enforce mode and recorded in monitor mode, like the
 * built-in entry points. The policy names LangChain4j's {@code Document.from}, which the sample
 * service calls before it splits, so that method is the first guarded call of every request.
 */
class FailClosedEntryPointsIT {

    private static final String DOCUMENT_FROM = "dev.langchain4j.data.document.Document#from";
    /** Ingest may make documents and split them; nothing is wrong with this policy. */
    private static final String VALID_POLICY = AgentWorkspace.examplePolicy() + """

        entrypoint make_documents {
            method "%s"
        }

        permit ingest_may_make_documents {
            principal ingest
            call      make_documents
        }
        """.formatted(DOCUMENT_FROM);
    /** The same policy with a misspelt keyword in its last rule. */
    private static final String BROKEN_POLICY = VALID_POLICY.replace("permit ingest_may_make_documents",
        "permitt ingest_may_make_documents");

    private static ChunkingClient.Reply chunkAsIngest(AgentWorkspace workspace, ForkedService service) throws Exception {
        return new ChunkingClient(service.uri("/")).chunk(workspace.issuer().mint(Identities.INGEST, Duration.ofMinutes(10)),
            "One document. Two sentences.", 30, 0);
    }

    /** The text {@code replay show} prints for the session, read from the journal the service wrote. */
    private static String replayOf(AgentWorkspace workspace, String sessionId) throws Exception {
        ProcessRun.Result shown = new WardenCli(BuildLayout.agentJar())
            .run("replay", "show", sessionId, "--journal", workspace.journal().toString());
        assertEquals(0, shown.exitCode(), shown::describe);
        return shown.stdout();
    }

    private static String firstSessionId(AgentWorkspace workspace) throws Exception {
        ProcessRun.Result listed = new WardenCli(BuildLayout.agentJar())
            .run("replay", "sessions", "--json", "--journal", workspace.journal().toString());
        assertEquals(0, listed.exitCode(), listed::describe);
        return dev.warden.it.replay.SessionListing.parse(listed.stdout()).stream().findFirst()
            .orElseThrow(() -> new AssertionError("the journal holds no session\n" + listed.describe())).id();
    }

    @Test
    void aPolicyThatFailsToLoadInEnforceModeStillGuardsAndDeniesTheMethodsItNames() throws Exception {
        AgentWorkspace workspace = AgentWorkspace.create(ItWork.freshDir("fail-closed-broken-policy"), BROKEN_POLICY);
        try (ForkedService service = SampleService.withAgent(JavaCommand.current(), BuildLayout.agentJar(),
                workspace.options().with("policy_reload", "off"))) {
            ChunkingClient.Reply reply = chunkAsIngest(workspace, service);

            assertEquals(403, reply.status(), () -> reply.body() + ItWork.stderrOf(service).get());
            assertEquals("WARDEN-DENY-NO-POLICY", reply.json().path("code").asText(), reply.body());
            assertTrue(replayOf(workspace, reply.json().path("session").asText()).contains(DOCUMENT_FROM),
                () -> "the denial is not at " + DOCUMENT_FROM + ItWork.stderrOf(service).get());
            assertNotNull(ItWork.awaitStderr(service, Pattern.compile("guarding the built-in entry points and the 3 method pattern"),
                Duration.ofSeconds(10)), ItWork.stderrOf(service));
        }
    }

    @Test
    void aPolicyThatFailsToLoadInMonitorModeLetsTheMethodsItNamesRunAndRecordsThemAsDenied() throws Exception {
        AgentWorkspace workspace = AgentWorkspace.create(ItWork.freshDir("fail-closed-broken-policy-monitor"), BROKEN_POLICY);
        String sessionId;
        try (ForkedService service = SampleService.withAgent(JavaCommand.current(), BuildLayout.agentJar(),
                workspace.options().with("mode", "monitor").with("policy_reload", "off"))) {
            ChunkingClient.Reply reply = chunkAsIngest(workspace, service);
            assertEquals(200, reply.status(), () -> reply.body() + ItWork.stderrOf(service).get());
        }
        sessionId = firstSessionId(workspace);

        String replay = replayOf(workspace, sessionId);
        assertTrue(replay.contains(DOCUMENT_FROM), replay);
        assertTrue(replay.contains("deny"), replay);
    }

    @Test
    void aMaskTheEntryPointCannotApplyDeniesTheCallAndTheJournalRecordsThatDenial() throws Exception {
        String masked = VALID_POLICY + """

            mask ingest_documents_masked {
                principal ingest
                call      make_documents
                detect    email
            }
            """;
        AgentWorkspace workspace = AgentWorkspace.create(ItWork.freshDir("fail-closed-obligation"), masked);
        try (ForkedService service = SampleService.withAgent(JavaCommand.current(), BuildLayout.agentJar(),
                workspace.options().with("policy_reload", "off"))) {
            ChunkingClient.Reply reply = chunkAsIngest(workspace, service);

            assertEquals(403, reply.status(), () -> reply.body() + ItWork.stderrOf(service).get());
            assertEquals("WARDEN-DENY-OBLIGATION", reply.json().path("code").asText(), reply.body());
            assertEquals("ingest_documents_masked", reply.json().path("rule").asText(), reply.body());
            String replay = replayOf(workspace, reply.json().path("session").asText());
            assertTrue(replay.contains("effect=deny rules=ingest_documents_masked"), replay);
            assertTrue(!replay.contains("effect=permit"), replay);
        }
    }

    @Test
    void anInvalidSettingDeniesTheMethodsAValidPolicyNamesInsteadOfLeavingThemUnguarded() throws Exception {
        AgentWorkspace workspace = AgentWorkspace.create(ItWork.freshDir("fail-closed-bad-setting"), VALID_POLICY);
        AgentOptions misspelt = workspace.options().with("polcy_reload", "off");
        try (ForkedService service = SampleService.withAgent(JavaCommand.current(), BuildLayout.agentJar(), misspelt)) {
            // no token: with the settings invalid no token is verified (any token would be refused
            // with 401 before the service runs), so an anonymous request is what reaches the methods
            ChunkingClient.Reply reply = new ChunkingClient(service.uri("/")).chunk(null, "One document.", 30, 0);

            assertEquals(403, reply.status(), () -> reply.body() + ItWork.stderrOf(service).get());
            assertTrue(replayOf(workspace, reply.json().path("session").asText()).contains(DOCUMENT_FROM),
                () -> "the denial is not at " + DOCUMENT_FROM + ItWork.stderrOf(service).get());
            String stderr = service.stderr();
            assertTrue(stderr.contains("Unknown Warden setting 'polcy_reload'"), stderr);
            assertTrue(!stderr.toLowerCase(java.util.Locale.ROOT).contains("no policy configured")
                    && !stderr.contains("Token verification not configured"),
                "after a configuration error the log must not claim settings are missing: " + stderr);
        }
    }
}
