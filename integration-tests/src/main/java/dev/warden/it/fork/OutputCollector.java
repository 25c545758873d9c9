package dev.warden.it.fork;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Drains one output stream of a child process on its own thread (a full pipe would block the
 * child), keeps every line, and shows each line to a listener as it arrives.
 */
final class OutputCollector {

    private final StringBuilder text = new StringBuilder();
    private final Thread thread;

    OutputCollector(InputStream stream, String threadName, Consumer<String> lineListener, Runnable onEnd) {
        thread = new Thread(() -> drain(stream, lineListener, onEnd), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void drain(InputStream stream, Consumer<String> lineListener, Runnable onEnd) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (text) {
                    text.append(line).append('\n');
                }
                lineListener.accept(line);
            }
        } catch (IOException e) {
            // The child went away mid-line; what was read so far is kept.
        } finally {
            onEnd.run();
        }
    }

    String text() {
        synchronized (text) {
            return text.toString();
        }
    }

    /** Waits (bounded) until the child's end of the stream has been read. */
    void awaitEnd(long millis) throws InterruptedException {
        thread.join(millis);
    }
}
