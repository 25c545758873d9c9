package dev.warden.it.fork;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service in a child JVM: started from a command line, ready once it prints
 * {@code LISTENING <port>} on standard output, its output captured, stopped on {@link #close()}
 * (SIGTERM, so its shutdown hooks run and the journal is closed cleanly; killed if it lingers).
 */
public final class ForkedService implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("LISTENING (\\d+)");
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private final Process process;
    private final OutputCollector stdout;
    private final OutputCollector stderr;
    private final int port;

    private ForkedService(Process process, OutputCollector stdout, OutputCollector stderr, int port) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
        this.port = port;
    }

    /**
     * Starts {@code command} and waits until it reports its port.
     *
     * @throws IllegalStateException when it exits or stays silent past {@code startDeadline}; the
     *     message holds its output
     */
    public static ForkedService start(List<String> command, Duration startDeadline) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close(); // the child reads nothing from us
        CompletableFuture<Integer> ready = new CompletableFuture<>();
        OutputCollector out = new OutputCollector(process.getInputStream(), "fork-stdout-" + process.pid(),
            line -> announce(line, ready), () -> ready.completeExceptionally(new IllegalStateException("stdout closed")));
        OutputCollector err = new OutputCollector(process.getErrorStream(), "fork-stderr-" + process.pid(), line -> { }, () -> { });
        try {
            int port = ready.get(startDeadline.toMillis(), TimeUnit.MILLISECONDS);
            return new ForkedService(process, out, err, port);
        } catch (ExecutionException | TimeoutException e) {
            ForkedService failed = new ForkedService(process, out, err, -1);
            failed.close();
            throw new IllegalStateException("the forked service did not print LISTENING <port> within " + startDeadline
                + " (exit " + (process.isAlive() ? "none, killed" : process.exitValue()) + ")\ncommand: "
                + String.join(" ", command) + "\n--- stdout ---\n" + out.text() + "--- stderr ---\n" + err.text());
        }
    }

    private static void announce(String line, CompletableFuture<Integer> ready) {
        Matcher m = LISTENING.matcher(line.strip());
        if (m.matches()) {
            ready.complete(Integer.parseInt(m.group(1)));
        }
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port><pathAndQuery>}. */
    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the service printed on standard output so far. */
    public String stdout() {
        return stdout.text();
    }

    /** Everything the service printed on standard error so far (Warden logs here). */
    public String stderr() {
        return stderr.text();
    }

    /** Stops the service and waits until its output is fully read. Safe to call twice. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
            stdout.awaitEnd(STOP_GRACE.toMillis());
            stderr.awaitEnd(STOP_GRACE.toMillis());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
