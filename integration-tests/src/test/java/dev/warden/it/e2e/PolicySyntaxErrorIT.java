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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A policy that does not parse: the agent says where, the service still starts, and enforce mode fails closed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicySyntaxErrorIT {

    /** Line 9 misspells {@code permit}; everything before it is valid. */
    private static final String BROKEN_POLICY = """
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

    private ForkedService service;
    private AgentWorkspace workspace;

    @BeforeAll
    void startWithTheBrokenPolicy() throws Exception {
        workspace = AgentWorkspace.create(ItWork.freshDir("policy-syntax-error"), "broken.policy", BROKEN_POLICY);
        service = SampleService.withAgent(JavaCommand.current(), BuildLayout.agentJar(), workspace.options());
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void agentReportsTheFileLineAndColumnOfTheErrorOnStderr() throws Exception {
        assertNotNull(ItWork.awaitStderr(service, Pattern.compile("broken\\.policy:9:\\d+"), Duration.ofSeconds(10)),
            ItWork.stderrOf(service));
    }

    @Test
    void inEnforceModeEveryGuardedCallIsDeniedAndTheSplitterBodyNeverRuns() throws Exception {
        ChunkingClient client = new ChunkingClient(service.uri("/"));
        long before = client.splitterBodyRuns();

        ChunkingClient.Reply reply = client.chunk(workspace.issuer().mint(Identities.INGEST, Duration.ofMinutes(10)),
            "A permitted identity, but no valid policy. Nothing may be split.", 30, 0);

        assertEquals(403, reply.status(), () -> reply.body() + ItWork.stderrOf(service).get());
        assertEquals(before, client.splitterBodyRuns());
    }
}
