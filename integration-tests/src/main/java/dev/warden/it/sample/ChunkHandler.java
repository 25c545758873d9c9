package dev.warden.it.sample;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.segment.TextSegment;
import dev.warden.bootstrap.WardenDeniedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** {@code POST /chunk?size=&overlap=}: splits the body, or answers 403 when Warden denies it. */
final class ChunkHandler implements HttpHandler {

    private static final int DEFAULT_SIZE = 500;
    private static final int DEFAULT_OVERLAP = 50;

    private final Splitters splitters;

    ChunkHandler(AtomicLong splitterBodyRuns) {
        this.splitters = new Splitters(splitterBodyRuns);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                Json.send(exchange, 405, new Responses.Failure("method_not_allowed", "use POST /chunk"));
                return;
            }
            String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            QueryParameters query = QueryParameters.parse(exchange.getRequestURI().getRawQuery());
            int size = query.intValue("size", DEFAULT_SIZE);
            int overlap = query.intValue("overlap", DEFAULT_OVERLAP);
            if (text.isBlank() || size < 1 || overlap < 0 || overlap >= size) {
                Json.send(exchange, 400, new Responses.Failure("bad_request",
                    "send a non-blank document; size >= 1 and 0 <= overlap < size"));
                return;
            }
            respond(exchange, text, size, overlap);
        }
    }

    private void respond(HttpExchange exchange, String text, int size, int overlap) throws IOException {
        DocumentSplitter splitter = splitters.forShape(size, overlap);
        try {
            List<String> chunks = splitter.split(Document.from(text)).stream().map(TextSegment::text).toList();
            Json.send(exchange, 200, new Responses.Chunks(chunks, chunks.size()));
        } catch (WardenDeniedException denied) {
            Json.send(exchange, 403, new Responses.Denied("denied", denied.code(), denied.ruleId(), denied.sessionId()));
        }
    }
}
