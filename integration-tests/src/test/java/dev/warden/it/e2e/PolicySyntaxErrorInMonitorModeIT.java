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

/** The same broken policy as {@link PolicySyntaxErrorIT}, in monitor mode: the application runs, the log says why. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicySyntaxErrorInMonitorModeIT {

    private ForkedService service;
    private AgentWorkspace workspace;

    @BeforeAll
    void startWithTheBrokenPolicy() throws Exception {
        workspace = AgentWorkspace.create(ItWork.freshDir("policy-syntax-error-monitor"), "broken.policy",
            PolicySyntaxErrorIT.BROKEN_POLICY);
        service = SampleService.withAgent(JavaCommand.current(), BuildLayout.agentJar(), workspace.options().with("mode", "monitor"));
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void theLogHasTheErrorWithItsPositionAndSaysGuardedCallsRun() throws Exception {
        assertNotNull(ItWork.awaitStderr(service, Pattern.compile("broken\\.policy:9:\\d+: error\\["), Duration.ofSeconds(10)),
            ItWork.stderrOf(service));
        assertNotNull(ItWork.awaitStderr(service, Pattern.compile("guarded calls run and are recorded as denied \\(mode=monitor\\)"),
            Duration.ofSeconds(10)), ItWork.stderrOf(service));
    }

    @Test
    void everyRequestSucceedsAndTheSplitterBodyRuns() throws Exception {
        ChunkingClient client = new ChunkingClient(service.uri("/"));
        long before = client.splitterBodyRuns();

        for (String subject : new String[] {Identities.INGEST, Identities.REPORTING}) {
            ChunkingClient.Reply reply = client.chunk(workspace.issuer().mint(subject, Duration.ofMinutes(10)),
                PolicySyntaxErrorIT.DOCUMENT, 30, 0);
            assertEquals(200, reply.status(), () -> subject + ": " + reply.body() + ItWork.stderrOf(service).get());
        }

        assertEquals(before + 2, client.splitterBodyRuns());
    }
}
