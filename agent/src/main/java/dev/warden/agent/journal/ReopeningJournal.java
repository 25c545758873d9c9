package dev.warden.agent.journal;

import dev.warden.agent.log.WardenLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;

/**
 * A {@link ChronicleJournal} that notices when its directory is removed or replaced under the
 * running process (a cleanup job, {@code rm -rf}, a volume remounted): Chronicle would go on writing
 * into unlinked memory-mapped files and every later event would be lost without a word. A check
 * every {@link #CHECK_INTERVAL} (a {@code stat}, off the request path) logs an error naming the
 * directory and opens a new journal there; events appended between the removal and the check are
 * lost, and the error says so.
 */
public final class ReopeningJournal implements Journal {

    /** A per-append check would cost a system call on every guarded call; a second bounds the loss instead. */
    static final Duration CHECK_INTERVAL = Duration.ofSeconds(1);
    private static final String METADATA = "metadata.cq4t";

    private final Path dir;
    private volatile ChronicleJournal current;
    private volatile Object directoryKey;
    private volatile boolean closed;

    private ReopeningJournal(ChronicleJournal first) {
        this.dir = first.directory();
        this.current = first;
        this.directoryKey = directoryKey(dir);
    }

    /**
     * Opens the journal in {@code dir} and starts the check on a daemon thread.
     *
     * @throws JournalException as {@link ChronicleJournal#open} does
     */
    public static ReopeningJournal open(Path dir) {
        ReopeningJournal journal = new ReopeningJournal(ChronicleJournal.open(dir));
        Thread watch = new Thread(journal::watch, "warden-journal-watch");
        watch.setDaemon(true);
        watch.setContextClassLoader(ReopeningJournal.class.getClassLoader());
        watch.start();
        return journal;
    }

    /** Opens without the background check, for tests that call {@link #checkNow()} themselves. */
    static ReopeningJournal openUnwatched(Path dir) {
        return new ReopeningJournal(ChronicleJournal.open(dir));
    }

    @Override
    public void append(JournalEvent event) {
        ChronicleJournal journal = current;
        try {
            journal.append(event);
        } catch (JournalException e) {
            ChronicleJournal now = current;
            if (now == journal) {
                throw e;
            }
            now.append(event); // it was closed by a reopen while this append ran
        }
    }

    /** The directory the journal lives in (absolute). */
    public Path directory() {
        return dir;
    }

    private void watch() {
        while (!closed) {
            try {
                Thread.sleep(CHECK_INTERVAL.toMillis());
                checkNow();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                WardenLog.warn("journal check failed: " + e);
            }
        }
    }

    /**
     * Reopens the journal if its directory, or Chronicle's metadata file in it, is gone or has been
     * replaced since it was opened.
     *
     * @return whether it reopened
     */
    synchronized boolean checkNow() {
        Object key = directoryKey(dir);
        if (closed || (key != null && key.equals(directoryKey) && Files.exists(dir.resolve(METADATA)))) {
            return false;
        }
        WardenLog.error("the journal directory " + dir + " was removed or replaced while the service ran: events"
            + " appended since (up to " + CHECK_INTERVAL.toMillis() + " ms of them) are lost; opening a new journal there");
        ChronicleJournal next;
        try {
            next = ChronicleJournal.open(dir);
        } catch (JournalException e) {
            WardenLog.error("cannot open a new journal: " + e.getMessage() + "; appends keep failing until it can be");
            return false;
        }
        ChronicleJournal previous = current;
        current = next;
        directoryKey = directoryKey(dir);
        closeQuietly(previous);
        return true;
    }

    /** The directory's identity (inode where the file system has one), or null when it is gone. */
    private static Object directoryKey(Path dir) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(dir, BasicFileAttributes.class);
            return attrs.isDirectory() ? Objects.requireNonNullElse(attrs.fileKey(), attrs.creationTime()) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void closeQuietly(ChronicleJournal journal) {
        try {
            journal.close();
        } catch (RuntimeException e) {
            WardenLog.debug("closing the journal whose directory was removed: " + e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        current.close();
    }
}
