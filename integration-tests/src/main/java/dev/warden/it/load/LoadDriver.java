package dev.warden.it.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives the sample chunking service ({@code POST /chunk}) from a bounded number of concurrent
 * clients over loopback, for a bounded time and a bounded number of requests, and reports
 * throughput and latency percentiles. Each client keeps one request in flight (closed loop), so
 * the service is never pushed past what it can answer and latencies are not queueing artefacts.
 */
public final class LoadDriver {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI chunk;
    private final String authorization;
    private final List<String> documents;
    private final LoadSettings settings;

    /**
     * @param service the service's base URI, e.g. {@code http://127.0.0.1:8080}
     * @param bearerToken sent as {@code Authorization: Bearer <token>}; null to send none
     * @param documents the request bodies, sent in turn
     */
    public LoadDriver(URI service, String bearerToken, List<String> documents, LoadSettings settings) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("the load driver needs at least one document to send");
        }
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        this.chunk = service.resolve("/chunk?size=" + settings.chunkSize() + "&overlap=" + settings.chunkOverlap());
        this.authorization = bearerToken == null ? null : "Bearer " + bearerToken;
        this.documents = List.copyOf(documents);
        this.settings = settings;
    }

    public LoadReport run() throws InterruptedException {
        long measureFrom = System.nanoTime() + settings.warmup().toNanos();
        Window window = new Window(measureFrom, measureFrom + settings.duration().toNanos(), settings.maxRequests());
        ExecutorService clients = Executors.newFixedThreadPool(settings.clients());
        List<Client> started = new ArrayList<>();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < settings.clients(); i++) {
                // clients start at different documents, so they do not send the same one in step
                Client client = new Client(window, (int) ((long) i * documents.size() / settings.clients()));
                started.add(client);
                running.add(clients.submit(client::run));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a load client failed: " + e.getCause(), e.getCause());
        } finally {
            clients.shutdownNow();
        }
        return report(started);
    }

    private LoadReport report(List<Client> clients) {
        int count = clients.stream().mapToInt(c -> c.count).sum();
        if (count == 0) {
            throw new IllegalStateException("no request was measured: the measured window (" + settings.duration()
                + ") ended before the first request started");
        }
        long[] all = new long[count];
        Map<Integer, Long> statuses = new HashMap<>();
        long firstStart = Long.MAX_VALUE;
        long lastEnd = Long.MIN_VALUE;
        String firstFailure = null;
        int at = 0;
        for (Client c : clients) {
            System.arraycopy(c.latencies, 0, all, at, c.count);
            at += c.count;
            c.statuses.forEach((status, n) -> statuses.merge(status, n, Long::sum));
            if (c.count > 0) {
                firstStart = Math.min(firstStart, c.firstStart);
                lastEnd = Math.max(lastEnd, c.lastEnd);
            }
            firstFailure = firstFailure != null ? firstFailure : c.firstFailure;
        }
        long ok = statuses.getOrDefault(200, 0L);
        return new LoadReport(settings.clients(), count, ok, statuses, Duration.ofNanos(lastEnd - firstStart),
            Latencies.of(all, count), firstFailure, clients.stream().mapToLong(c -> c.retried).sum());
    }

    /** The measured window, shared by all clients: a time span and a budget of requests. */
    private record Window(long fromNanos, long untilNanos, AtomicInteger budget) {

        Window(long fromNanos, long untilNanos, int maxRequests) {
            this(fromNanos, untilNanos, new AtomicInteger(maxRequests));
        }
    }

    /** One closed-loop client. Its fields are read by the driver only after its thread is done. */
    private final class Client {
        private final Window window;
        private final Map<Integer, Long> statuses = new HashMap<>();
        private long[] latencies = new long[1024];
        private int count;
        private long firstStart;
        private long lastEnd;
        private String firstFailure;
        private int nextDocument;
        private long retried;

        Client(Window window, int firstDocument) {
            this.window = window;
            this.nextDocument = firstDocument;
        }

        void run() {
            while (true) {
                long start = System.nanoTime();
                boolean measured = start >= window.fromNanos();
                if (start >= window.untilNanos() || (measured && window.budget().getAndDecrement() <= 0)) {
                    return;
                }
                int status = send(documents.get(nextDocument));
                nextDocument = (nextDocument + 1) % documents.size();
                long end = System.nanoTime();
                if (measured) {
                    record(start, end, status);
                }
            }
        }

        private int send(String document) {
            HttpRequest.Builder request = HttpRequest.newBuilder(chunk)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(document, StandardCharsets.UTF_8));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            try {
                HttpResponse<String> response = sendOnceMore(request.build());
                if (response.statusCode() != 200 && firstFailure == null) {
                    firstFailure = "HTTP " + response.statusCode() + ": " + response.body();
                }
                return response.statusCode();
            } catch (IOException e) {
                if (firstFailure == null) {
                    firstFailure = e.toString();
                }
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("load client interrupted", e);
            }
        }

        /**
         * At several thousand requests a second, the JDK's HttpServer now and then closes a kept-alive
         * connection just as the client reuses it, and the request gets no answer at all (seen once in
         * 116,620 requests, without the agent). Such a request is sent once more, on a new connection,
         * and counted; a second failure counts as a failed request.
         */
        private HttpResponse<String> sendOnceMore(HttpRequest request) throws IOException, InterruptedException {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException noAnswer) {
                retried++;
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        }

        private void record(long start, long end, int status) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = end - start;
            if (count == 1) {
                firstStart = start;
            }
            lastEnd = end;
            statuses.merge(status, 1L, Long::sum);
        }
    }
}
