package dev.warden.it.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.warden.it.client.ChunkingClient;
import dev.warden.it.fork.AgentWorkspace;
import dev.warden.it.fork.BuildLayout;
import dev.warden.it.fork.ForkedService;
import dev.warden.it.fork.JavaCommand;
import dev.warden.it.fork.SampleService;
import dev.warden.it.identity.Identities;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A policy that does not parse at start: the agent says where, the service still starts, enforce
 * mode fails closed for everyone, and once the file is fixed the policy's own rules apply. The
 * tests run in order: the last one fixes the file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PolicySyntaxErrorIT {

    /** Line 9 misspells {@code permit}; everything before it is valid. */
    static final String BROKEN_POLICY = """
        # Line 9 has a syntax error.
        identity ingest {
            issuer  "https://issuer.warden.test"
            subject "svc-ingest@warden.test"
        }
        entrypoint split_documents {
            method "dev.langchain4j.data.document.DocumentSplitter#split"
        }
        permitt ingest_may_split {
            principal ingest
            call      split_documents
        }
        """;
    static final String DOCUMENT = "A permitted identity, but no valid policy. Nothing may be split.";

    private ForkedService service;
    private AgentWorkspace workspace;
    private ChunkingClient client;

    @BeforeAll
    void startWithTheBrokenPolicy() throws Exception {
        workspace = AgentWorkspace.create(ItWork.freshDir("policy-syntax-error"), "broken.policy", BROKEN_POLICY);
        service = SampleService.withAgent(JavaCommand.current(), BuildLayout.agentJar(),
            workspace.options().with("policy_reload_debounce", "100ms"));
        client = new ChunkingClient(service.uri("/"));
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    private ChunkingClient.Reply chunkAs(String subject) throws Exception {
        String token = subject == null ? null : workspace.issuer().mint(subject, Duration.ofMinutes(10));
        return client.chunk(token, DOCUMENT, 30, 0);
    }

    @Test
    @Order(1)
    void agentReportsTheFileLineAndColumnOfTheErrorOnStderr() throws Exception {
        assertNotNull(ItWork.awaitStderr(service, Pattern.compile("broken\\.policy:9:\\d+"), Duration.ofSeconds(10)),
            ItWork.stderrOf(service));
    }

    @Test
    @Order(2)
    void inEnforceModeEveryGuardedCallIsDeniedForEveryoneAndTheSplitterBodyNeverRuns() throws Exception {
        long before = client.splitterBodyRuns();

        for (String subject : new String[] {Identities.INGEST, Identities.REPORTING, null}) {
            ChunkingClient.Reply reply = chunkAs(subject);
            assertEquals(403, reply.status(), () -> subject + ": " + reply.body() + ItWork.stderrOf(service).get());
            assertEquals("WARDEN-DENY-NO-POLICY", reply.json().path("code").asText(), reply.body());
        }

        assertEquals(before, client.splitterBodyRuns());
    }

    @Test
    @Order(3)
    void onceTheFileIsFixedThePolicyIsEnforcedWithoutARestart() throws Exception {
        ItWork.replaceByRename(workspace.policy(), BROKEN_POLICY.replace("permitt", "permit"));
        assertNotNull(ItWork.awaitStderr(service, Pattern.compile("policy reloaded: none -> sha256:\\w+ \\(1 files\\)"),
            Duration.ofSeconds(30)), ItWork.stderrOf(service));
        long before = client.splitterBodyRuns();

        ChunkingClient.Reply permitted = chunkAs(Identities.INGEST);
        ChunkingClient.Reply notPermitted = chunkAs(Identities.REPORTING);

        assertEquals(200, permitted.status(), () -> permitted.body() + ItWork.stderrOf(service).get());
        assertEquals(403, notPermitted.status(), notPermitted.body());
        assertEquals("WARDEN-DENY-DEFAULT", notPermitted.json().path("code").asText(), notPermitted.body());
        assertEquals(before + 1, client.splitterBodyRuns());
    }
}
