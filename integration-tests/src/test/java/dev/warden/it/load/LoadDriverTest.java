package dev.warden.it.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.it.sample.ChunkingService;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The load driver against the real sample service on loopback (in this JVM, without Warden). */
class LoadDriverTest {

    private static final List<String> DOCUMENTS = List.of(
        "The first paragraph talks about chunking.\n\nThe second one is about policy.",
        "A shorter document.",
        "Resumption of the session. I declare resumed the session of the European Parliament.");

    private static ChunkingService service;
    private static URI base;

    @BeforeAll
    static void start() throws Exception {
        service = ChunkingService.start(0);
        base = URI.create("http://127.0.0.1:" + service.port());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void stopsAfterMaxRequestsMeasuredAndCountsEachOneOnce() throws Exception {
        long before = service.splitterBodyRuns();
        LoadSettings settings = new LoadSettings(3, Duration.ZERO, Duration.ofMinutes(5), 40, 50, 5);

        LoadReport report = new LoadDriver(base, null, DOCUMENTS, settings).run();

        assertEquals(40, report.requests());
        assertEquals(40, report.ok());
        assertEquals(Map.of(200, 40L), report.statuses());
        assertEquals(40, report.latencies().count());
        assertEquals(40, service.splitterBodyRuns() - before, "with no warm-up, every request sent is measured");
        assertNull(report.firstFailure());
        assertTrue(report.throughputPerSecond() > 0);
    }

    @Test
    void stopsWhenTheMeasuredWindowEndsLongBeforeTheRequestBudgetIsSpent() throws Exception {
        LoadSettings settings = new LoadSettings(2, Duration.ofMillis(100), Duration.ofMillis(300), 10_000_000, 500, 50);

        LoadReport report = new LoadDriver(base, "any-token", DOCUMENTS, settings).run();

        assertTrue(report.requests() >= 1 && report.requests() < 10_000_000, "measured " + report.requests());
        assertEquals(report.requests(), report.ok());
    }

    @Test
    void percentilesAreOrdered() throws Exception {
        LoadReport report = new LoadDriver(base, null, DOCUMENTS,
            new LoadSettings(2, Duration.ZERO, Duration.ofMinutes(5), 30, 50, 5)).run();

        Latencies l = report.latencies();
        assertTrue(0 < l.p50Nanos() && l.p50Nanos() <= l.p90Nanos() && l.p90Nanos() <= l.p99Nanos()
            && l.p99Nanos() <= l.maxNanos(), l.toString());
    }

    @Test
    void answersOtherThan200AreCountedByStatusWithTheFirstOneKept() throws Exception {
        LoadReport report = new LoadDriver(base, null, List.of("   "),
            new LoadSettings(1, Duration.ZERO, Duration.ofMinutes(5), 5, 50, 5)).run();

        assertEquals(5, report.requests());
        assertEquals(0, report.ok());
        assertEquals(Map.of(400, 5L), report.statuses());
        assertNotNull(report.firstFailure());
        assertTrue(report.firstFailure().startsWith("HTTP 400"), report.firstFailure());
    }

    @Test
    void aServiceThatIsNotThereGivesFailuresWithoutAStatus() throws Exception {
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort());

        LoadReport report = new LoadDriver(nowhere, null, DOCUMENTS,
            new LoadSettings(1, Duration.ZERO, Duration.ofMinutes(5), 3, 50, 5)).run();

        assertEquals(Map.of(-1, 3L), report.statuses());
        assertTrue(report.firstFailure().contains("ConnectException"), report.firstFailure());
        assertEquals(3, report.retried(), "each request is tried twice before it counts as failed");
    }

    @Test
    void aRequestWhoseConnectionIsDroppedWithoutAnAnswerIsSentOnceMoreAndCounted() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread answering = new Thread(() -> dropFirstThenAnswer(server), "drop-first-then-answer");
            answering.setDaemon(true);
            answering.start();

            LoadReport report = new LoadDriver(URI.create("http://127.0.0.1:" + server.getLocalPort()), null, DOCUMENTS,
                new LoadSettings(1, Duration.ZERO, Duration.ofMinutes(5), 1, 50, 5)).run();

            assertEquals(1, report.ok(), String.valueOf(report.firstFailure()));
            assertEquals(1, report.retried());
        }
    }

    /** The first connection reads its request and closes without a byte; the next ones get 200. */
    private static void dropFirstThenAnswer(ServerSocket server) {
        try {
            for (int connection = 0; ; connection++) {
                try (java.net.Socket socket = server.accept()) {
                    readRequest(socket.getInputStream());
                    if (connection > 0) {
                        socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    }
                }
            }
        } catch (java.io.IOException closed) {
            // the test closed the server socket
        }
    }

    /** Reads the head and as many body bytes as Content-Length says. */
    private static void readRequest(java.io.InputStream in) throws java.io.IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            head.append((char) b);
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        if (length.find()) {
            in.readNBytes(Integer.parseInt(length.group(1)));
        }
    }

    @Test
    void badSettingsAreRefusedWithWhatIsWrong() {
        IllegalArgumentException clients = assertThrows(IllegalArgumentException.class,
            () -> new LoadSettings(0, Duration.ZERO, Duration.ofSeconds(1), 1, 50, 5));
        assertTrue(clients.getMessage().contains("clients"), clients.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LoadSettings(1, Duration.ZERO, Duration.ZERO, 1, 50, 5));
        assertThrows(IllegalArgumentException.class, () -> new LoadSettings(1, Duration.ZERO, Duration.ofSeconds(1), 0, 50, 5));
        assertThrows(IllegalArgumentException.class, () -> new LoadSettings(1, Duration.ZERO, Duration.ofSeconds(1), 1, 50, 50));
        assertThrows(IllegalArgumentException.class, () -> new LoadDriver(base, null, List.of(),
            new LoadSettings(1, Duration.ZERO, Duration.ofSeconds(1), 1, 50, 5)));
    }

    /** A loopback port nothing listens on: bound by the system, then released. */
    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
