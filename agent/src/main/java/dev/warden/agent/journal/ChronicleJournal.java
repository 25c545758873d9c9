package dev.warden.agent.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;

/**
 * The journal on a Chronicle Queue in one directory, one file per UTC day. {@link #append} returns
 * once the document is committed to the memory-mapped file: from then on it survives a crash of
 * this JVM ({@code kill -9}); it is on disk once the OS writes the page back.
 *
 * <p>Appends are serialised by one lock: on two cores that measured faster, and with far shorter
 * stalls, than one Chronicle appender per thread. A {@link ReentrantLock} rather than
 * {@code synchronized} so a virtual thread waiting for it does not pin its carrier.
 */
public final class ChronicleJournal implements Journal {

    static {
        ChronicleEnvironment.prepare();
    }

    /** How long a new appender waits for a write lock left held by a crashed writer (default 15 s). */
    private static final long LOCK_TIMEOUT_MS = 1000;

    private final Path dir;
    private final SingleChronicleQueue queue;
    private final ExcerptAppender appender;
    private final ReentrantLock lock = new ReentrantLock();
    /** Guarded by {@link #lock}. */
    private final EventBuffer buffer = new EventBuffer(512);
    private boolean closed;

    private ChronicleJournal(Path dir, SingleChronicleQueue queue, ExcerptAppender appender) {
        this.dir = dir;
        this.queue = queue;
        this.appender = appender;
    }

    /**
     * Opens (creating if needed) the journal in {@code dir}.
     *
     * @throws JournalException if the directory cannot be created or written, or Chronicle cannot
     *     open a writable queue there
     */
    public static ChronicleJournal open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Path absolute = dir.toAbsolutePath().normalize();
        createDirectory(absolute);
        Thread thread = Thread.currentThread();
        ClassLoader previous = ChronicleEnvironment.enter(thread);
        SingleChronicleQueue queue = null;
        try {
            queue = SingleChronicleQueueBuilder.binary(absolute)
                .rollCycle(RollCycles.FAST_DAILY)
                .timeoutMS(LOCK_TIMEOUT_MS)
                .build();
            ExcerptAppender appender = queue.createAppender();
            // One appender shared by all threads, one at a time under our lock.
            appender.singleThreadedCheckDisabled(true);
            return new ChronicleJournal(absolute, queue, appender);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            // Chronicle reports missing JDK access with an AssertionError from a static initialiser
            if (queue != null) {
                queue.close();
            }
            throw new JournalException("cannot open the journal in " + absolute + ": " + e + accessHint(e), e);
        } finally {
            ChronicleEnvironment.exit(thread, previous);
        }
    }

    /** Chronicle's symptoms of missing JDK access are obscure; name the fix when we see one. */
    private static String accessHint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof IllegalAccessException || t instanceof IllegalAccessError
                || t.getClass().getName().endsWith("InaccessibleObjectException") || message.contains("read-only")) {
                return " (Chronicle Queue needs java.base/sun.nio.ch and java.base/jdk.internal.ref exported and"
                    + " java.base/java.lang.reflect opened to it; the agent grants these itself at start)";
            }
        }
        return "";
    }

    private static void createDirectory(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new JournalException("journal path " + dir + " is a file, not a directory:"
                + " point the journal at a directory (it is created if missing)");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new JournalException("cannot create the journal directory " + dir + ": " + e
                + " (check that the parent exists and is writable)", e);
        }
        if (!Files.isWritable(dir)) {
            throw new JournalException("the journal directory " + dir + " is not writable by this process:"
                + " fix its permissions or choose another directory");
        }
    }

    /** The directory the journal lives in (absolute). */
    public Path directory() {
        return dir;
    }

    @Override
    public void append(JournalEvent event) {
        Objects.requireNonNull(event, "event");
        Thread thread = Thread.currentThread();
        lock.lock();
        ClassLoader previous = ChronicleEnvironment.enter(thread);
        try {
            if (closed) {
                throw new JournalException("the journal in " + dir + " is closed");
            }
            write(event);
        } finally {
            ChronicleEnvironment.exit(thread, previous);
            lock.unlock();
        }
    }

    private void write(JournalEvent event) {
        // Encoded first, so a document is only ever opened for a complete event.
        buffer.clear();
        EventCodec.write(buffer, event);
        try (DocumentContext dc = appender.writingDocument()) {
            dc.wire().bytes().write(buffer.array(), 0, buffer.length());
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            throw new JournalException("cannot append to the journal in " + dir + ": " + e, e);
        }
    }

    @Override
    public void close() {
        Thread thread = Thread.currentThread();
        lock.lock();
        ClassLoader previous = ChronicleEnvironment.enter(thread);
        try {
            if (!closed) {
                closed = true;
                appender.close();
                queue.close();
            }
        } finally {
            ChronicleEnvironment.exit(thread, previous);
            lock.unlock();
        }
    }
}
