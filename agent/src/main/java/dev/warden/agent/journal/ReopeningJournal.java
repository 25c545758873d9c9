package dev.warden.agent.journal;

import dev.warden.agent.log.WardenLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;

/**
 * A {@link ChronicleJournal} that recovers from what happens to its directory under the running
 * process. A directory removed or replaced (a cleanup job, {@code rm -rf}, a volume remounted):
 * Chronicle would go on writing into unlinked memory-mapped files and every later event would be
 * lost without a word. A journal that cannot be opened (at start, or after such a removal): every
 * append fails, so enforce mode denies guarded calls, and it must not stay so after the cause is
 * fixed. A check every {@link #CHECK_INTERVAL} (a {@code stat}, off the request path) handles both:
 * it logs what happened and opens a new journal in the same directory as soon as it can. Events
 * appended between a removal and the check are lost, and the error says so.
 */
public final class ReopeningJournal implements Journal {

    /** A per-append check would cost a system call on every guarded call; a second bounds the loss instead. */
    static final Duration CHECK_INTERVAL = Duration.ofSeconds(1);
    private static final String METADATA = "metadata.cq4t";

    private final Path dir;
    /** A {@link ChronicleJournal}, or an {@link Unavailable} one while none can be opened. */
    private volatile Journal current;
    private volatile Object directoryKey;
    private volatile boolean closed;

    private ReopeningJournal(Path dir, Journal first) {
        this.dir = dir;
        this.current = first;
        this.directoryKey = directoryKey(dir);
    }

    /** What appends meet while no journal can be opened: the reason, every time. */
    private record Unavailable(JournalException cause) implements Journal {

        @Override
        public void append(JournalEvent event) {
            throw new JournalException(cause.getMessage(), cause);
        }

        @Override
        public void close() {
            // nothing was opened
        }
    }

    /**
     * Opens the journal in {@code dir} and starts the check on a daemon thread. Never throws: a
     * journal that cannot be opened fails every append with the reason until the check can open it.
     */
    public static ReopeningJournal open(Path dir) {
        ReopeningJournal journal = new ReopeningJournal(dir.toAbsolutePath().normalize(), openOrUnavailable(dir));
        Thread watch = new Thread(journal::watch, "warden-journal-watch");
        watch.setDaemon(true);
        watch.setContextClassLoader(ReopeningJournal.class.getClassLoader());
        watch.start();
        return journal;
    }

    /** Opens without the background check, for tests that call {@link #checkNow()} themselves. */
    static ReopeningJournal openUnwatched(Path dir) {
        return new ReopeningJournal(dir.toAbsolutePath().normalize(), openOrUnavailable(dir));
    }

    private static Journal openOrUnavailable(Path dir) {
        try {
            return ChronicleJournal.open(dir);
        } catch (JournalException e) {
            return new Unavailable(e);
        }
    }

    @Override
    public void append(JournalEvent event) {
        Journal journal = current;
        try {
            journal.append(event);
        } catch (JournalException e) {
            Journal now = current;
            if (now == journal) {
                throw e;
            }
            now.append(event); // it was swapped by the check while this append ran
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
     * Opens a new journal if none could be opened so far, or if the directory, or Chronicle's
     * metadata file in it, is gone or has been replaced since it was opened.
     *
     * @return whether a new journal is now in use
     */
    synchronized boolean checkNow() {
        if (closed) {
            return false;
        }
        Journal previous = current;
        if (previous instanceof Unavailable) {
            Journal next = openOrUnavailable(dir);
            if (next instanceof Unavailable) {
                return false; // said when it became unavailable; nothing new to say every second
            }
            WardenLog.info("the journal in " + dir + " can be written again; events from while it could not be"
                + " were not recorded");
            swap(previous, next);
            return true;
        }
        Object key = directoryKey(dir);
        if (key != null && key.equals(directoryKey) && Files.exists(dir.resolve(METADATA))) {
            return false;
        }
        WardenLog.error("the journal directory " + dir + " was removed or replaced while the service ran: events"
            + " appended since (up to " + CHECK_INTERVAL.toMillis() + " ms of them) are lost; opening a new journal there");
        Journal next = openOrUnavailable(dir);
        if (next instanceof Unavailable unavailable) {
            WardenLog.error("cannot open a new journal: " + unavailable.cause().getMessage() + "; every append fails"
                + " (in enforce mode guarded calls are denied) until it can be; tried again every "
                + CHECK_INTERVAL.toMillis() + " ms");
        }
        swap(previous, next);
        return !(next instanceof Unavailable);
    }

    private void swap(Journal previous, Journal next) {
        current = next;
        directoryKey = directoryKey(dir);
        closeQuietly(previous);
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

    private static void closeQuietly(Journal journal) {
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
