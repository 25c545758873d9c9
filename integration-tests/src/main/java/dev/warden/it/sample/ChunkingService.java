package dev.warden.it.sample;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sample chunking service Warden guards in the end-to-end tests and the demo: a plain JDK
 * {@link HttpServer} that splits documents with LangChain4j's recursive splitter and answers with
 * JSON written by the application's own Jackson. It knows nothing of Warden beyond catching
 * {@code WardenDeniedException}.
 *
 * <pre>
 * java -cp ... dev.warden.it.sample.ChunkingService [port]   # 0 or absent = ephemeral
 *
 * POST /chunk?size=500&amp;overlap=50   body: the document (UTF-8)  -> {"chunks":[...],"count":N}
 * GET  /stats                                                    -> {"splitterBodyRuns":N}
 * GET  /health                                                   -> {"status":"ok","jackson":"2.17.2"}
 * </pre>
 *
 * Prints {@code LISTENING <port>} on standard output once it accepts connections.
 */
public final class ChunkingService implements AutoCloseable {

    private static final int WORKER_THREADS = 4;

    static {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, the client's
        // delayed ACK holds the second write back ~40 ms per request (measured: 48 ms vs 5 ms per
        // POST /chunk on loopback). Read once, when the first HttpServer is created.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final AtomicLong splitterBodyRuns;

    private ChunkingService(HttpServer server, ExecutorService workers, AtomicLong splitterBodyRuns) {
        this.server = server;
        this.workers = workers;
        this.splitterBodyRuns = splitterBodyRuns;
    }

    /** Binds to loopback on {@code port} (0 = ephemeral) and starts serving. */
    public static ChunkingService start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        AtomicLong splitterBodyRuns = new AtomicLong();
        server.createContext("/chunk", new ChunkHandler(splitterBodyRuns));
        server.createContext("/stats", new StatsHandler(splitterBodyRuns));
        server.createContext("/health", new HealthHandler());
        ExecutorService workers = Executors.newFixedThreadPool(WORKER_THREADS);
        server.setExecutor(workers);
        server.start();
        return new ChunkingService(server, workers, splitterBodyRuns);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** How many times a splitter body actually ran (denied calls never get this far). */
    public long splitterBodyRuns() {
        return splitterBodyRuns.get();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        ChunkingService service = start(port);
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "chunking-service-stop"));
        System.out.println("LISTENING " + service.port());
        System.out.flush();
    }
}
