package dev.warden.it.sample;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;

/** {@code GET /health}: 200, and which Jackson the application itself runs with. */
final class HealthHandler implements HttpHandler {

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            Json.send(exchange, 200, new Responses.Health("ok", PackageVersion.VERSION.toString()));
        }
    }
}
