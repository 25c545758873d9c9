package dev.warden.agent.policy;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.agent.log.WardenLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher on real files in a temporary directory: what triggers a reload and what does not.
 * Each reload records what it would read ({@code x.policy}'s text, or {@code missing}), so a test
 * waits for the state it expects the reload to see.
 */
class PolicyWatcherTest {

    private static final Duration QUIET = Duration.ofMillis(50);
    private static final String MISSING = "missing";

    @TempDir
    Path tmp;

    private PolicyWatcher watcher;
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void quiet() {
        WardenLog.setThreshold(WardenLog.Level.OFF);
    }

    @AfterEach
    void stop() {
        if (watcher != null) {
            watcher.close();
        }
    }

    /** Watches {@code configured}; each reload records what {@code read} holds then. */
    private void watch(Path configured, Path read) throws IOException {
        watcher = PolicyWatcher.register(List.of(configured), QUIET).start(() -> seen.add(text(read)));
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return MISSING;
        }
    }

    private void awaitSeen(String expected) throws InterruptedException {
        Await.until(() -> !seen.isEmpty() && seen.get(seen.size() - 1).equals(expected),
            () -> "a reload that sees '" + expected + "'; reloads saw " + seen);
    }

    /** Writes by rename, as editors and deploy tools do: the new text appears whole. */
    private static void replaceByRename(Path file, String text) throws IOException {
        Path temp = Files.writeString(file.resolveSibling("." + file.getFileName() + ".tmp"), text);
        Files.move(temp, file, ATOMIC_MOVE, REPLACE_EXISTING);
    }

    @Test
    void creatingAPolicyFileTriggersAReloadThatSeesIt() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("policies"));
        watch(dir, dir.resolve("x.policy"));

        Files.writeString(dir.resolve("x.policy"), "v1");

        awaitSeen("v1");
    }

    @Test
    void modifyingAPolicyFileInPlaceTriggersAReload() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("policies"));
        Path file = Files.writeString(dir.resolve("x.policy"), "v1");
        watch(dir, file);

        Files.writeString(file, "v2");

        awaitSeen("v2");
    }

    @Test
    void deletingAPolicyFileTriggersAReload() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("policies"));
        Path file = Files.writeString(dir.resolve("x.policy"), "v1");
        watch(dir, file);

        Files.delete(file);

        awaitSeen(MISSING);
    }

    @Test
    void renamingATempFileOverAPolicyFileTriggersAReloadOfTheNewText() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("policies"));
        Path file = Files.writeString(dir.resolve("x.policy"), "v1");
        watch(dir, file);

        replaceByRename(file, "v2");

        awaitSeen("v2");
    }

    @Test
    void editorSwapBackupAndTempFilesDoNotCountAsChanges() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("policies"));
        Files.writeString(dir.resolve("x.policy"), "v1");
        watch(dir, dir.resolve("x.policy"));
        List<String> editorFiles = List.of(".x.policy.swp", "x.policy~", "4913", "x.policy.tmp", "#x.policy#");

        for (String name : editorFiles) {
            Files.writeString(dir.resolve(name), "scratch");
        }

        // Every create has been seen (and set aside) once the ignored count reaches it.
        Await.until(() -> watcher.ignoredEvents() >= editorFiles.size(), () -> "ignored " + watcher.ignoredEvents());
        assertEquals(0, watcher.countedEvents());
        assertEquals(List.of(), seen);
    }

    @Test
    void aFileGivenDirectlyCountsByItsOwnNameOnly() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("policies"));
        Path file = Files.writeString(dir.resolve("a.policy"), "a1");
        watch(file, file);

        Files.writeString(dir.resolve("b.policy"), "not configured");
        Await.until(() -> watcher.ignoredEvents() >= 1, () -> "b.policy ignored");
        assertEquals(0, watcher.countedEvents());

        Files.writeString(file, "a2");
        awaitSeen("a2");
    }

    @Test
    void aBurstOfWritesEndsInAReloadThatSeesTheLastOne() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("policies"));
        Path file = Files.writeString(dir.resolve("x.policy"), "v0");
        watch(dir, file);

        for (int i = 1; i <= 20; i++) {
            Files.writeString(file, "v" + i);
        }

        awaitSeen("v20");
        assertTrue(watcher.reloads() >= 1);
    }

    @Test
    void aPolicyDirectoryDeletedAndCreatedAgainIsWatchedAgain() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("policies"));
        Path file = Files.writeString(dir.resolve("x.policy"), "v1");
        watch(dir, file);

        deleteTree(dir);
        awaitSeen(MISSING);
        Files.createDirectory(dir);
        Files.writeString(file, "v2");
        awaitSeen("v2");

        Files.writeString(file, "v3"); // an edit inside the new directory is seen too
        awaitSeen("v3");
    }

    @Test
    void aKubernetesConfigMapUpdateThatSwapsTheDataLinkTriggersAReload() throws Exception {
        Path mount = Files.createDirectory(tmp.resolve("configmap"));
        ConfigMapMount configMap = ConfigMapMount.create(mount, "x.policy", "v1");
        watch(mount, mount.resolve("x.policy"));

        configMap.update("v2");

        awaitSeen("v2");
        configMap.update("v3");
        awaitSeen("v3");
    }

    @Test
    void aKubernetesConfigMapFileGivenDirectlyIsReloadedWhenTheDataLinkIsSwapped() throws Exception {
        Path mount = Files.createDirectory(tmp.resolve("configmap"));
        ConfigMapMount configMap = ConfigMapMount.create(mount, "x.policy", "v1");
        watch(mount.resolve("x.policy"), mount.resolve("x.policy"));

        configMap.update("v2");

        awaitSeen("v2");
    }

    @Test
    void aPolicyDirectoryReachedThroughALinkIsFollowedWhenTheLinkIsSwapped() throws Exception {
        Path v1 = Files.createDirectory(tmp.resolve("release-1"));
        Files.writeString(v1.resolve("x.policy"), "v1");
        Path v2 = Files.createDirectory(tmp.resolve("release-2"));
        Files.writeString(v2.resolve("x.policy"), "v2");
        Path current = Files.createSymbolicLink(tmp.resolve("current"), v1);
        watch(current, current.resolve("x.policy"));

        Path next = Files.createSymbolicLink(tmp.resolve("current.next"), v2);
        Files.move(next, current, ATOMIC_MOVE, REPLACE_EXISTING);
        awaitSeen("v2");

        Files.writeString(v2.resolve("x.policy"), "v2 edited"); // the new target is the one watched now
        awaitSeen("v2 edited");
    }

    @Test
    void theWatcherRunsOnANamedDaemonThreadThatCloseStops() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("policies"));
        watch(dir, dir.resolve("x.policy"));
        Thread thread = Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().equals(PolicyWatcher.THREAD_NAME)).findFirst().orElseThrow();
        assertTrue(thread.isDaemon());

        watcher.close();

        Await.until(() -> !thread.isAlive(), () -> "the watcher thread to end");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
