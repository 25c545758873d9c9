package dev.warden.agent.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;

/**
 * Reads a journal from its first event, in append order, without ever writing to it (a read-only
 * queue). Safe to use while a writer appends in this or another process: {@link #next} returns
 * null when it has caught up, and later calls see what was appended since. Not thread-safe: one
 * reader per thread.
 *
 * <p>Documents this reader cannot decode (a newer schema version, an unknown type, a damaged
 * entry) are skipped and counted in {@link #skipped}, never fatal.
 */
public final class JournalReader implements AutoCloseable {

    static {
        ChronicleEnvironment.prepare();
    }

    private final Path dir;
    private final SingleChronicleQueue queue;
    private final ExcerptTailer tailer;
    private long skipped;
    private byte[] scratch = new byte[512];

    private JournalReader(Path dir, SingleChronicleQueue queue, ExcerptTailer tailer) {
        this.dir = dir;
        this.queue = queue;
        this.tailer = tailer;
    }

    /**
     * Opens the journal in {@code dir} for reading.
     *
     * @throws JournalException if {@code dir} does not exist, is not a directory, holds no journal,
     *     holds a day file that is not one (see {@link DayFiles}), or Chronicle cannot open it
     */
    public static JournalReader open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Path absolute = dir.toAbsolutePath().normalize();
        checkIsJournal(absolute);
        DayFiles.check(absolute);
        Thread thread = Thread.currentThread();
        ClassLoader previous = ChronicleEnvironment.enter(thread);
        SingleChronicleQueue queue = null;
        try {
            queue = SingleChronicleQueueBuilder.binary(absolute)
                .rollCycle(RollCycles.FAST_DAILY)
                .readOnly(true)
                .build();
            return new JournalReader(absolute, queue, queue.createTailer());
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            // Chronicle reports missing JDK access with an AssertionError from a static initialiser
            if (queue != null) {
                queue.close();
            }
            throw new JournalException("cannot read the journal in " + absolute + ": " + e, e);
        } finally {
            ChronicleEnvironment.exit(thread, previous);
        }
    }

    private static void checkIsJournal(Path dir) {
        String missing = missing(dir);
        if (missing != null) {
            throw new JournalException("no journal at " + dir + ": " + missing);
        }
    }

    /**
     * Why {@code dir} holds no journal to read ({@code the directory does not exist}, ...), or null
     * when it holds one.
     *
     * @throws JournalException if the directory cannot be listed
     */
    public static String missing(Path dir) {
        if (!Files.exists(dir)) {
            return "the directory does not exist";
        }
        if (!Files.isDirectory(dir)) {
            return "it is a file, not a journal directory";
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".cq4t")) ? null
                : "the directory holds no journal files (metadata.cq4t and a .cq4 file per day)";
        } catch (IOException e) {
            throw new JournalException("cannot list the journal directory " + dir + ": " + e, e);
        }
    }

    /** The next event, or null if there is none (yet). */
    public JournalEvent next() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = ChronicleEnvironment.enter(thread);
        try {
            while (true) {
                try (DocumentContext dc = tailer.readingDocument()) {
                    if (!dc.isPresent()) {
                        return null;
                    }
                    JournalEvent event = decode(dc);
                    if (event != null) {
                        return event;
                    }
                    skipped++;
                }
            }
        } catch (RuntimeException e) {
            throw new JournalException("cannot read the journal in " + dir + ": " + e, e);
        } finally {
            ChronicleEnvironment.exit(thread, previous);
        }
    }

    private JournalEvent decode(DocumentContext dc) {
        // One bulk copy out of the mapped file, then plain-Java decoding (see EventBuffer).
        Bytes<?> bytes = dc.wire().bytes();
        long size = bytes.readRemaining();
        if (size > scratch.length) {
            scratch = new byte[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(size, 2L * scratch.length))];
        }
        int length = bytes.read(scratch, 0, (int) Math.min(size, scratch.length));
        try {
            return EventCodec.read(new EventCursor(scratch, Math.max(length, 0)));
        } catch (RuntimeException damaged) {
            // a document we cannot parse: count it, keep going
            return null;
        }
    }

    /** Passes every event available now to {@code action}, in order. */
    public void forEachRemaining(Consumer<? super JournalEvent> action) {
        for (JournalEvent event = next(); event != null; event = next()) {
            action.accept(event);
        }
    }

    /** Documents skipped so far because this reader could not decode them. */
    public long skipped() {
        return skipped;
    }

    /** The directory being read (absolute). */
    public Path directory() {
        return dir;
    }

    @Override
    public void close() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = ChronicleEnvironment.enter(thread);
        try {
            tailer.close();
            queue.close();
        } finally {
            ChronicleEnvironment.exit(thread, previous);
        }
    }
}
