package dev.warden.it.e2e;

import dev.warden.it.fork.ForkedService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shared bits of the end-to-end tests: work directories and reading a forked service's output. */
final class ItWork {

    private ItWork() {
    }

    /** A new directory under {@code target/it-work} (kept after the run for a look at the journal). */
    static Path freshDir(String name) throws IOException {
        Path base = Path.of(System.getProperty("warden.it.work", System.getProperty("java.io.tmpdir")));
        Files.createDirectories(base);
        return Files.createTempDirectory(base, name + "-");
    }

    /** For assertion messages: what the service printed on stderr, where Warden logs. */
    static Supplier<String> stderrOf(ForkedService service) {
        return () -> "\n--- service stderr ---\n" + service.stderr();
    }

    /**
     * Polls the service's stderr until {@code pattern} appears or {@code deadline} passes (its
     * stderr is read on another thread, so a line may land just after the service is ready).
     *
     * @return the match, or null when it never appeared
     */
    static Matcher awaitStderr(ForkedService service, Pattern pattern, Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            Matcher m = pattern.matcher(service.stderr());
            if (m.find()) {
                return m;
            }
            if (System.nanoTime() > end || !service.isAlive()) {
                m = pattern.matcher(service.stderr());
                return m.find() ? m : null;
            }
            Thread.sleep(50);
        }
    }
}
