package dev.warden.it.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warden.it.client.ChunkingClient;
import dev.warden.it.corpus.Europarl;
import dev.warden.it.corpus.EuroparlDocument;
import dev.warden.it.fork.AgentWorkspace;
import dev.warden.it.fork.BuildLayout;
import dev.warden.it.fork.ForkedService;
import dev.warden.it.fork.JavaCommand;
import dev.warden.it.fork.SampleService;
import dev.warden.it.identity.Identities;
import dev.warden.it.identity.TokenIssuer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The sample service in a forked JVM with the built agent and the example policy: who may split,
 * who may not, and proof that the splitter body never ran for anyone refused. One service per
 * class, shared by its tests; each variant (a JDK) subclasses this suite.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EnforcementSuite {

    private static final int CHUNK_SIZE = 300;

    private ForkedService service;
    private ChunkingClient client;
    private TokenIssuer issuer;
    private String document;

    /** The JVM to run the service in; empty (with a reason) to skip the suite visibly. */
    abstract Optional<JavaCommand> java();

    abstract String whyMissing();

    @BeforeAll
    void startService() throws Exception {
        Optional<JavaCommand> java = java();
        assumeTrue(java.isPresent(), this::whyMissing);
        AgentWorkspace workspace = AgentWorkspace.create(ItWork.freshDir(getClass().getSimpleName()), AgentWorkspace.examplePolicy());
        issuer = workspace.issuer();
        service = SampleService.withAgent(java.get(), BuildLayout.agentJar(), workspace.options());
        client = new ChunkingClient(service.uri("/"));
        try (Stream<EuroparlDocument> documents = Europarl.documents()) {
            document = documents.findFirst().orElseThrow().body();
        }
    }

    @AfterAll
    void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void permittedIdentityGetsChunksAsJsonWrittenByTheApplicationsOwnJackson() throws Exception {
        long before = client.splitterBodyRuns();

        ChunkingClient.Reply reply = client.chunk(token(Identities.INGEST), document, CHUNK_SIZE, 30);

        assertEquals(200, reply.status(), () -> reply.body() + ItWork.stderrOf(service).get());
        JsonNode chunks = reply.json().get("chunks");
        assertTrue(chunks.isArray() && chunks.size() > 1, reply.body());
        assertEquals(chunks.size(), reply.json().get("count").asInt());
        chunks.forEach(chunk -> assertTrue(chunk.isTextual() && !chunk.asText().isBlank() && chunk.asText().length() <= CHUNK_SIZE));
        assertEquals(before + 1, client.splitterBodyRuns());
        assertTrue(client.health().json().path("jackson").asText().startsWith("2.17."), "the app must run its own Jackson");
    }

    @Test
    void forbiddenIdentityIsDeniedByTheForbidRuleAndTheSplitterBodyNeverRuns() throws Exception {
        long before = client.splitterBodyRuns();

        ChunkingClient.Reply reply = client.chunk(token(Identities.REPORTING), document, CHUNK_SIZE, 30);

        assertEquals(403, reply.status(), () -> reply.body() + ItWork.stderrOf(service).get());
        assertEquals("denied", reply.json().path("error").asText());
        assertEquals("reporting_never_splits", reply.json().path("rule").asText(), reply.body());
        assertFalse(reply.json().path("code").asText().isBlank(), "a denial carries a stable code: " + reply.body());
        assertEquals(before, client.splitterBodyRuns(), "the splitter body ran for a denied call");
    }

    @Test
    void expiredTokenIsRejectedWith401AndTheSplitterBodyNeverRuns() throws Exception {
        long before = client.splitterBodyRuns();

        ChunkingClient.Reply reply = client.chunk(issuer.mintExpired(Identities.INGEST), document, CHUNK_SIZE, 30);

        assertEquals(401, reply.status(), () -> reply.body() + ItWork.stderrOf(service).get());
        assertEquals(before, client.splitterBodyRuns());
    }

    @Test
    void tokenSignedByAnotherKeyIsRejectedWith401AndTheSplitterBodyNeverRuns() throws Exception {
        String forged = TokenIssuer.generate("warden-test-key").mint(Identities.INGEST, Duration.ofMinutes(10));
        long before = client.splitterBodyRuns();

        ChunkingClient.Reply reply = client.chunk(forged, document, CHUNK_SIZE, 30);

        assertEquals(401, reply.status(), () -> reply.body() + ItWork.stderrOf(service).get());
        assertEquals(before, client.splitterBodyRuns());
    }

    @Test
    void requestWithTwoAuthorizationHeadersIsRejectedWith401EvenWhenTheFirstIsValid() throws Exception {
        long before = client.splitterBodyRuns();

        ChunkingClient.Reply reply = client.chunkWithAuthorization(List.of("Bearer " + issuer.mint(Identities.INGEST,
            Duration.ofMinutes(10)), "Bearer " + issuer.mint(Identities.REPORTING, Duration.ofMinutes(10))), document, CHUNK_SIZE, 30);

        assertEquals(401, reply.status(), () -> reply.body() + ItWork.stderrOf(service).get());
        assertEquals(before, client.splitterBodyRuns());
    }

    @Test
    void requestWithoutTokenIsDeniedByDefaultAndTheSplitterBodyNeverRuns() throws Exception {
        long before = client.splitterBodyRuns();

        ChunkingClient.Reply reply = client.chunk(null, document, CHUNK_SIZE, 30);

        assertEquals(403, reply.status(), () -> reply.body() + ItWork.stderrOf(service).get());
        assertEquals("denied", reply.json().path("error").asText());
        assertTrue(reply.json().path("rule").isNull(), "no rule matched an anonymous caller: " + reply.body());
        assertEquals(before, client.splitterBodyRuns());
    }

    @Test
    void agentStartedWithoutReportingAnError() {
        assertNotNull(service);
        assertFalse(service.stderr().contains("[warden] ERROR"), ItWork.stderrOf(service));
    }

    private String token(String subject) {
        return issuer.mint(subject, Duration.ofMinutes(10));
    }
}
