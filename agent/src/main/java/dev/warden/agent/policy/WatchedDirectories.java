package dev.warden.agent.policy;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import dev.warden.agent.log.WardenLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which directories are watched for a list of policy paths, and which entries in them count.
 *
 * <p>A configured directory is watched for its {@code *.policy} entries; its parent is watched for
 * the directory's own name, so a directory that is deleted and created again, renamed over, or
 * reached through a symbolic link that is swapped, is watched again where the path now leads. A
 * configured file is watched through its parent directory, for its own name. Everywhere,
 * {@code ..data} counts too: Kubernetes mounts a ConfigMap as {@code name -> ..data/name} links and
 * updates it by swapping the {@code ..data} link, so the policy files' own names never change.
 * Other names (an editor's swap and backup files) do not count.
 *
 * <p>Confined to the watcher thread.
 */
final class WatchedDirectories {

    /** The entry a Kubernetes atomic writer swaps to update a mounted ConfigMap or Secret. */
    static final String KUBERNETES_DATA = "..data";

    /** What counts in one directory. */
    private static final class Interest {
        boolean policyFiles;
        final Set<String> names = new HashSet<>();
        WatchKey key;
        boolean warned;
    }

    private final WatchService service;
    private final Map<Path, Interest> directories = new LinkedHashMap<>();

    WatchedDirectories(WatchService service, List<Path> policyPaths) {
        this.service = service;
        for (Path configured : policyPaths) {
            Path path = configured.toAbsolutePath().normalize();
            interest(path).policyFiles = true; // watched only while it is a directory
            Path parent = path.getParent();
            if (parent != null && path.getFileName() != null) {
                Interest inParent = interest(parent);
                inParent.names.add(path.getFileName().toString());
                inParent.names.add(KUBERNETES_DATA);
            }
        }
    }

    private Interest interest(Path dir) {
        return directories.computeIfAbsent(dir, d -> new Interest());
    }

    /**
     * Registers every directory that exists and is not watched yet (at start, and again after one
     * vanished).
     *
     * @return the directories that became watched
     */
    List<Path> watchMissing() {
        return directories.entrySet().stream()
            .filter(e -> e.getValue().key == null || !e.getValue().key.isValid())
            .filter(e -> register(e.getKey(), e.getValue()))
            .map(Map.Entry::getKey)
            .toList();
    }

    /** The entry {@code name} of the watched directory {@code dir} changed: does it count? */
    boolean counts(Path dir, String name) {
        Interest interest = directories.get(dir);
        if (interest == null) {
            return false;
        }
        return interest.names.contains(name)
            || interest.policyFiles && (name.endsWith(".policy") || KUBERNETES_DATA.equals(name));
    }

    /**
     * The entry {@code name} of {@code dir} changed: if it is itself a watched directory, it may now
     * be another directory (recreated, renamed over, a swapped link), so watch it again afresh.
     */
    void entryChanged(Path dir, String name) {
        Path child = dir.resolve(name);
        Interest interest = directories.get(child);
        if (interest != null) {
            if (interest.key != null) {
                interest.key.cancel();
                interest.key = null;
            }
            register(child, interest);
        }
    }

    /** The directory a key watches, as configured (not resolved through links). */
    Path directoryOf(WatchKey key) {
        return (Path) key.watchable();
    }

    private boolean register(Path dir, Interest interest) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try {
            interest.key = dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
            return true;
        } catch (IOException | SecurityException e) {
            if (!interest.warned) {
                interest.warned = true; // retried every second: say it once
                WardenLog.warn("cannot watch " + dir + " for policy changes: " + e
                    + "; changes there are not noticed until it can be watched");
            }
            return false;
        }
    }
}
