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
import dev.warden.it.fork.SampleService;
import dev.warden.it.identity.Identities;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Warden itself fails (its journal path is a regular file, so nothing can be recorded): the service
 * still starts and answers, never crashes or hangs; enforce mode fails closed with one clear log
 * line, monitor mode lets the work run.
 */
class InternalFailureIT {

    private static final String DOCUMENT = "A document for a service whose journal cannot be written. It has two sentences.";

    @Test
    void enforceModeRefusesRequestsItCannotRecordAndSaysWhyOnce() throws Exception {
        AgentWorkspace workspace = AgentWorkspace.create(ItWork.freshDir("internal-failure-enforce"), AgentWorkspace.examplePolicy());
        try (ForkedService service = SampleService.withAgent(JavaCommand.current(), BuildLayout.agentJar(),
            journalIsAFile(workspace))) {
            ChunkingClient client = new ChunkingClient(service.uri("/"));

            for (int i = 0; i < 3; i++) {
                ChunkingClient.Reply reply = client.chunk(token(workspace), DOCUMENT, 40, 0);
                assertEquals(503, reply.status(), () -> reply.body() + ItWork.stderrOf(service).get());
            }

            assertTrue(service.isAlive(), "the service must survive Warden's failure");
            assertNotNull(ItWork.awaitStderr(service, Pattern.compile("\\[warden\\] ERROR internal failure .*is a file, not a directory"),
                Duration.ofSeconds(10)), ItWork.stderrOf(service));
            assertEquals(1, count(service.stderr(), "[warden] ERROR internal failure"),
                "one log line per kind of failure, not one per request" + ItWork.stderrOf(service).get());
        }
    }

    @Test
    void onceTheCauseIsRemovedTheJournalIsOpenedAndRequestsAreServedWithoutARestart() throws Exception {
        AgentWorkspace workspace = AgentWorkspace.create(ItWork.freshDir("internal-failure-recovers"), AgentWorkspace.examplePolicy());
        AgentOptions options = journalIsAFile(workspace);
        try (ForkedService service = SampleService.withAgent(JavaCommand.current(), BuildLayout.agentJar(), options)) {
            ChunkingClient client = new ChunkingClient(service.uri("/"));
            assertEquals(503, client.chunk(token(workspace), DOCUMENT, 40, 0).status());

            Files.delete(options.journal());
            assertNotNull(ItWork.awaitStderr(service, Pattern.compile("\\[warden\\] INFO the journal in .* can be written again"),
                Duration.ofSeconds(15)), ItWork.stderrOf(service));
            ChunkingClient.Reply reply = client.chunk(token(workspace), DOCUMENT, 40, 0);

            assertEquals(200, reply.status(), () -> reply.body() + ItWork.stderrOf(service).get());
            assertTrue(Files.isDirectory(options.journal()), "the journal is where the settings say");
        }
    }

    @Test
    void monitorModeLetsRequestsRunWhenTheJournalCannotBeWritten() throws Exception {
        AgentWorkspace workspace = AgentWorkspace.create(ItWork.freshDir("internal-failure-monitor"), AgentWorkspace.examplePolicy());
        try (ForkedService service = SampleService.withAgent(JavaCommand.current(), BuildLayout.agentJar(),
            journalIsAFile(workspace).with("mode", "monitor"))) {
            ChunkingClient client = new ChunkingClient(service.uri("/"));
            long before = client.splitterBodyRuns();

            ChunkingClient.Reply reply = client.chunk(token(workspace), DOCUMENT, 40, 0);

            assertEquals(200, reply.status(), () -> reply.body() + ItWork.stderrOf(service).get());
            assertEquals(before + 1, client.splitterBodyRuns());
            assertNotNull(ItWork.awaitStderr(service, Pattern.compile("\\[warden\\] ERROR internal failure .*mode=monitor"),
                Duration.ofSeconds(10)), ItWork.stderrOf(service));
        }
    }

    private static AgentOptions journalIsAFile(AgentWorkspace workspace) throws Exception {
        Path file = Files.writeString(workspace.dir().resolve("journal-is-a-file"), "not a directory");
        AgentOptions options = workspace.options();
        return new AgentOptions(options.policy(), options.jwks(), options.issuer(), options.audience(), file);
    }

    private static String token(AgentWorkspace workspace) {
        return workspace.issuer().mint(Identities.INGEST, Duration.ofMinutes(10));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
