package dev.warden.it.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.it.client.ChunkingClient;
import dev.warden.it.fork.AgentWorkspace;
import dev.warden.it.fork.BuildLayout;
import dev.warden.it.fork.ForkedService;
import dev.warden.it.fork.JavaCommand;
import dev.warden.it.fork.SampleService;
import dev.warden.it.fork.WardenCli;
import dev.warden.it.identity.Identities;
import dev.warden.it.replay.SessionListing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the service's journal says afterwards, read by the replay CLI run from the built jar. The
 * service gets only {@code /chunk} requests (no health or stats calls), so sessions and requests
 * correspond one to one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JournalReplayIT {

    private static final int INGEST_REQUESTS = 3;
    private static final int REPORTING_REQUESTS = 2;

    private AgentWorkspace workspace;
    private WardenCli cli;
    private String serviceStderr;
    private final List<String> tokens = new ArrayList<>();

    @BeforeAll
    void sendRequestsThenStopTheService() throws Exception {
        workspace = AgentWorkspace.create(ItWork.freshDir("journal-replay"), AgentWorkspace.examplePolicy());
        cli = new WardenCli(BuildLayout.agentJar());
        try (ForkedService service = SampleService.withAgent(JavaCommand.current(), BuildLayout.agentJar(), workspace.options())) {
            ChunkingClient client = new ChunkingClient(service.uri("/"));
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < INGEST_REQUESTS + REPORTING_REQUESTS; i++) {
                String subject = i < INGEST_REQUESTS ? Identities.INGEST : Identities.REPORTING;
                String token = workspace.issuer().mint(subject, Duration.ofMinutes(10));
                tokens.add(token);
                statuses.add(client.chunk(token, "Document number " + i + ". It has two sentences.", 30, 0).status());
            }
            service.close();
            serviceStderr = service.stderr();
            assertEquals(List.of(200, 200, 200, 403, 403), statuses, serviceStderr);
        }
    }

    @Test
    void sessionsListsExactlyOneSessionPerRequestWithItsIdentityDecisionAndRule() throws Exception {
        WardenCli.Result result = cli.run("replay", "sessions", "--json", "--journal", workspace.journal().toString());
        assertEquals(0, result.exitCode(), result::describe);

        List<SessionListing.Session> sessions = SessionListing.parse(result.stdout());

        assertEquals(INGEST_REQUESTS + REPORTING_REQUESTS, sessions.size(), result::describe);
        assertEquals(sessions.size(), new HashSet<>(sessions.stream().map(SessionListing.Session::id).toList()).size(),
            "session ids must be distinct: " + result.stdout());
        assertEquals(INGEST_REQUESTS, count(sessions, Identities.INGEST, "permit", "ok", "ingest_may_split"), result::describe);
        assertEquals(REPORTING_REQUESTS, count(sessions, Identities.REPORTING, "deny", "denied", "reporting_never_splits"),
            result::describe);
    }

    @Test
    void showOfADeniedSessionNamesTheForbidRule() throws Exception {
        WardenCli.Result listed = cli.run("replay", "sessions", "--json", "--journal", workspace.journal().toString());
        String denied = SessionListing.parse(listed.stdout()).stream()
            .filter(s -> Identities.REPORTING.equals(s.identity())).map(SessionListing.Session::id).findFirst()
            .orElseThrow(() -> new AssertionError("no session of " + Identities.REPORTING + "\n" + listed.describe()));

        WardenCli.Result shown = cli.run("replay", "show", denied, "--journal", workspace.journal().toString());

        assertEquals(0, shown.exitCode(), shown::describe);
        assertTrue(shown.stdout().contains(denied), shown::describe);
        assertTrue(shown.stdout().contains("reporting_never_splits"), shown::describe);
    }

    @Test
    void journalFilesNeverHoldATokenNorItsSignature() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(workspace.journal())) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertFalse(files.isEmpty(), "the journal directory holds no files");
        for (Path file : files) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String token : tokens) {
                String signature = token.substring(token.lastIndexOf('.') + 1);
                assertFalse(bytes.contains(token), "a whole token is stored in " + file);
                assertFalse(bytes.contains(signature), "a token's signature is stored in " + file);
            }
        }
    }

    private static long count(List<SessionListing.Session> sessions, String identity, String decision, String outcome,
                              String rule) {
        return sessions.stream()
            .filter(s -> identity.equals(s.identity()) && decision.equals(s.decision()) && outcome.equals(s.outcome()))
            .filter(s -> s.ruleIds().equals(List.of(rule)))
            .count();
    }
}
