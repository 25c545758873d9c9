package dev.warden.it.sample;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/** {@code GET /stats}: how many times a splitter body really ran. */
final class StatsHandler implements HttpHandler {

    private final AtomicLong splitterBodyRuns;

    StatsHandler(AtomicLong splitterBodyRuns) {
        this.splitterBodyRuns = splitterBodyRuns;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            Json.send(exchange, 200, new Responses.Stats(splitterBodyRuns.get()));
        }
    }
}
