package dev.warden.it.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary directories for journals, key files and agent workspaces, deleted by whoever made them. */
public final class TempDirectories {

    private TempDirectories() {
    }

    public static Path create(String purpose) {
        try {
            return Files.createTempDirectory("warden-bench-" + purpose + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for " + purpose, e);
        }
    }

    public static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the benchmark directory " + dir, e);
        }
    }
}
