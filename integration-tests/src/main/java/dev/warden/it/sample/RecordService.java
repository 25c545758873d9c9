package dev.warden.it.sample;

import com.sun.net.httpserver.HttpServer;
import dev.warden.bootstrap.WardenDeniedException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * A service written with lambdas only, for the end-to-end tests of what Warden guards in lambdas:
 * its one handler is a lambda, and so is its {@link RecordStore}.
 *
 * <pre>
 * GET /records?id=ID   -> {"record":"..."}, or 403 with the denial
 * </pre>
 *
 * Prints {@code LISTENING <port>} on standard output once it accepts connections.
 */
public final class RecordService {

    private RecordService() {
    }

    /** {@code {"record": ...}}. */
    record Found(String record) {
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        RecordStore store = id -> "record " + id;
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        server.createContext("/records", exchange -> {
            try (exchange) {
                String query = exchange.getRequestURI().getQuery();
                String id = query != null && query.startsWith("id=") ? query.substring(3) : "";
                try {
                    Json.send(exchange, 200, new Found(store.fetch(id)));
                } catch (WardenDeniedException denied) {
                    Json.send(exchange, 403, new Responses.Denied("denied", denied.code(), denied.ruleId(), denied.sessionId()));
                }
            }
        });
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "record-service-stop"));
        System.out.println("LISTENING " + server.getAddress().getPort());
        System.out.flush();
    }
}
