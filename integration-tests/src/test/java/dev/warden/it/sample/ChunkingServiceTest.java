package dev.warden.it.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.it.client.ChunkingClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample service on its own, in this JVM, without Warden. */
class ChunkingServiceTest {

    private static final String DOCUMENT = "The first paragraph talks about chunking.\n\n"
        + "The second paragraph is about policy. It has two sentences.\n\nA third one closes the document.";

    private static ChunkingService service;
    private static ChunkingClient client;

    @BeforeAll
    static void start() throws Exception {
        service = ChunkingService.start(0);
        client = new ChunkingClient(URI.create("http://127.0.0.1:" + service.port()));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void chunkReturnsTheRecursiveSplittersSegmentsAndTheirCount() throws Exception {
        ChunkingClient.Reply reply = client.chunk(null, DOCUMENT, 70, 0);

        assertEquals(200, reply.status(), reply.body());
        assertEquals(3, reply.json().get("count").asInt());
        assertEquals("The first paragraph talks about chunking.", reply.json().get("chunks").get(0).asText());
        assertEquals("A third one closes the document.", reply.json().get("chunks").get(2).asText());
    }

    @Test
    void everySplitIsCountedAsOneBodyRun() throws Exception {
        long before = client.splitterBodyRuns();

        client.chunk(null, DOCUMENT, 500, 50);
        client.chunk(null, DOCUMENT, 500, 50);

        assertEquals(before + 2, client.splitterBodyRuns());
    }

    @Test
    void blankDocumentOrOverlapNotBelowSizeIsABadRequestThatNeverSplits() throws Exception {
        long before = client.splitterBodyRuns();

        assertEquals(400, client.chunk(null, "  ", 100, 0).status());
        assertEquals(400, client.chunk(null, DOCUMENT, 100, 100).status());
        assertEquals(before, client.splitterBodyRuns());
    }

    @Test
    void getOnChunkIsMethodNotAllowed() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/chunk")).GET().build(),
            HttpResponse.BodyHandlers.ofString());

        assertEquals(405, response.statusCode());
    }

    @Test
    void healthNamesTheApplicationsOwnJacksonVersion() throws Exception {
        ChunkingClient.Reply reply = client.health();

        assertEquals(200, reply.status());
        assertEquals("ok", reply.json().get("status").asText());
        assertTrue(reply.json().get("jackson").asText().startsWith("2.17."), reply.body());
    }
}
