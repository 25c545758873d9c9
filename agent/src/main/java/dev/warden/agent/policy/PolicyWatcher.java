package dev.warden.agent.policy;

import dev.warden.agent.log.WardenLog;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the policy paths ({@link WatchedDirectories} says where and what counts) on a daemon thread
 * named {@value #THREAD_NAME}, and runs the reload once changes have been quiet for the debounce
 * period. Created (directories registered) before the policy is first read, so a change made while
 * it is read is never missed; {@link #start} then begins delivering.
 */
public final class PolicyWatcher implements AutoCloseable {

    public static final String THREAD_NAME = "warden-policy-watch";

    /** How often a watched directory that vanished is looked for again. */
    private static final long REWATCH_MILLIS = 1_000;

    private final WatchService service;
    private final WatchedDirectories directories;
    private final Debouncer debouncer;
    private final AtomicLong countedEvents = new AtomicLong();
    private final AtomicLong ignoredEvents = new AtomicLong();
    private final AtomicLong reloads = new AtomicLong();
    private volatile boolean closed;
    private Thread thread;

    private PolicyWatcher(WatchService service, List<Path> paths, Duration debounce) {
        this.service = service;
        this.directories = new WatchedDirectories(service, paths);
        this.debouncer = new Debouncer(debounce);
        directories.watchMissing();
    }

    /**
     * Registers the directories of {@code paths} now; nothing is delivered before {@link #start}.
     *
     * @throws IOException if the file system offers no watch service
     */
    public static PolicyWatcher register(List<Path> paths, Duration debounce) throws IOException {
        return new PolicyWatcher(FileSystems.getDefault().newWatchService(), paths, debounce);
    }

    /** Starts the watcher thread; {@code reload} runs on it, never twice at once. */
    public synchronized PolicyWatcher start(Runnable reload) {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        thread = new Thread(() -> run(reload), THREAD_NAME);
        thread.setDaemon(true);
        thread.setContextClassLoader(PolicyWatcher.class.getClassLoader());
        thread.start();
        return this;
    }

    private void run(Runnable reload) {
        try {
            while (!closed) {
                WatchKey key = poll(debouncer.waitMillis(System.nanoTime(), REWATCH_MILLIS));
                for (; key != null; key = service.poll()) {
                    handle(key);
                }
                if (!directories.watchMissing().isEmpty()) {
                    debouncer.changed(System.nanoTime()); // a policy directory came back
                }
                if (debouncer.take(System.nanoTime())) {
                    runSafely(reload);
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            // closed: the thread ends
        } catch (Throwable t) {
            WardenLog.error("the policy watcher stopped: " + t + "; policy changes are no longer picked up until restart");
        }
    }

    private WatchKey poll(long millis) throws InterruptedException {
        return millis <= 0 ? service.poll() : service.poll(millis, TimeUnit.MILLISECONDS);
    }

    private void handle(WatchKey key) {
        Path dir = directories.directoryOf(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed(); // events were lost: look at everything
                continue;
            }
            String name = String.valueOf(event.context());
            if (directories.counts(dir, name)) {
                changed();
                directories.entryChanged(dir, name);
            } else {
                ignoredEvents.incrementAndGet();
            }
        }
        if (!key.reset()) {
            changed(); // the directory itself went away (or was re-watched afresh)
        }
    }

    private void changed() {
        countedEvents.incrementAndGet();
        debouncer.changed(System.nanoTime());
    }

    private void runSafely(Runnable reload) {
        reloads.incrementAndGet();
        try {
            reload.run();
        } catch (Throwable t) {
            WardenLog.error("policy reload failed: " + t + "; the policy in force stays");
        }
    }

    /** Events that counted as a policy change (for tests and diagnostics). */
    long countedEvents() {
        return countedEvents.get();
    }

    /** Events about entries that do not count, e.g. an editor's swap file. */
    long ignoredEvents() {
        return ignoredEvents.get();
    }

    /** How many times the reload ran. */
    long reloads() {
        return reloads.get();
    }

    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            WardenLog.debug("closing the policy watch service: " + e);
        }
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
