package dev.warden.it.e2e;

import dev.warden.it.fork.ForkedService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
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

    /**
     * Polls the service's stderr until {@code pattern} has matched {@code count} times or
     * {@code deadline} passes.
     *
     * @return the {@code count}-th match, or null when there were fewer
     */
    static MatchResult awaitStderrMatch(ForkedService service, Pattern pattern, int count, Duration deadline)
        throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            List<MatchResult> matches = pattern.matcher(service.stderr()).results().toList();
            if (matches.size() >= count) {
                return matches.get(count - 1);
            }
            if (System.nanoTime() > end || !service.isAlive()) {
                return null;
            }
            Thread.sleep(50);
        }
    }

    /** How many times {@code pattern} matches the service's stderr so far. */
    static int stderrMatches(ForkedService service, Pattern pattern) {
        return (int) pattern.matcher(service.stderr()).results().count();
    }

    /** Replaces {@code file} as editors and deploy tools do: write a temporary file, rename it over. */
    static void replaceByRename(Path file, String text) throws IOException {
        Path temp = Files.writeString(file.resolveSibling("." + file.getFileName() + ".swp"), text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
