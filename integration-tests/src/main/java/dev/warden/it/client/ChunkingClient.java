package dev.warden.it.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** A client of the sample chunking service over the JDK {@link HttpClient}. Thread-safe. */
public final class ChunkingClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    /** @param base e.g. {@code http://127.0.0.1:8080} */
    public ChunkingClient(URI base) {
        this.base = base;
    }

    /** An HTTP answer: its status, and its body as JSON (a missing node when the body is not JSON). */
    public record Reply(int status, JsonNode json, String body) {
    }

    /** {@code POST /chunk?size=&overlap=} with {@code Authorization: Bearer <token>} unless the token is null. */
    public Reply chunk(String bearerToken, String document, int size, int overlap) throws IOException, InterruptedException {
        return chunkWithAuthorization(bearerToken == null ? List.of() : List.of("Bearer " + bearerToken), document, size, overlap);
    }

    /** {@code POST /chunk?size=&overlap=} with one {@code Authorization} header per value given, as given. */
    public Reply chunkWithAuthorization(List<String> authorizationHeaders, String document, int size, int overlap)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/chunk?size=" + size + "&overlap=" + overlap))
            .timeout(TIMEOUT)
            .header("Content-Type", "text/plain; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(document, StandardCharsets.UTF_8));
        authorizationHeaders.forEach(value -> request.header("Authorization", value));
        return send(request.build());
    }

    /** {@code GET /stats}: how many times the splitter body ran. */
    public long splitterBodyRuns() throws IOException, InterruptedException {
        Reply reply = send(HttpRequest.newBuilder(base.resolve("/stats")).timeout(TIMEOUT).GET().build());
        if (reply.status() != 200 || !reply.json().path("splitterBodyRuns").canConvertToLong()) {
            throw new IOException("GET /stats answered " + reply.status() + ": " + reply.body());
        }
        return reply.json().get("splitterBodyRuns").asLong();
    }

    /** {@code GET /health}. */
    public Reply health() throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve("/health")).timeout(TIMEOUT).GET().build());
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), parse(response.body()), response.body());
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.missingNode();
        }
    }
}
