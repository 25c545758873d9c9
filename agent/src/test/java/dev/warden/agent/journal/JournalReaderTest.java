package dev.warden.agent.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalReaderTest {

    @TempDir
    Path tmp;

    @Test
    void appendsFromEightThreadsAreEachReadBackExactlyOnce() throws Exception {
        Path dir = tmp.resolve("journal");
        int threads = 8;
        int perThread = 5_000;
        try (ChronicleJournal journal = ChronicleJournal.open(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String prefix = "t" + t + "-";
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        journal.append(JournalEvents.decision(prefix + i, i));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }
        Set<String> seen = new HashSet<>();
        List<JournalEvent> events = ChronicleJournalTest.readAll(dir);
        for (JournalEvent e : events) {
            assertTrue(seen.add(e.sessionId()), "read twice: " + e.sessionId());
            assertEquals(JournalEvents.decision(e.sessionId(), e.epochMicros()), e);
        }
        assertEquals(threads * perThread, seen.size());
    }

    @Test
    void aSecondReaderSeesEventsWhileTheWriterIsStillAppending() throws Exception {
        Path dir = tmp.resolve("journal");
        int total = 20_000;
        try (ChronicleJournal journal = ChronicleJournal.open(dir);
             JournalReader reader = JournalReader.open(dir)) {
            Thread writer = new Thread(() -> {
                for (int i = 0; i < total; i++) {
                    journal.append(JournalEvents.started("s-" + i, i));
                }
            });
            writer.start();
            List<JournalEvent> read = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (read.size() < total && System.nanoTime() < deadline) {
                JournalEvent e = reader.next();
                if (e == null) {
                    Thread.onSpinWait();
                } else {
                    read.add(e);
                }
            }
            writer.join(TimeUnit.SECONDS.toMillis(60));
            assertEquals(total, read.size());
            for (int i = 0; i < total; i++) {
                assertEquals("s-" + i, read.get(i).sessionId(), "order at " + i);
            }
            assertNull(reader.next());
        }
    }

    @Test
    void documentsOfUnknownTypeOrVersionAreSkippedAndCounted() {
        Path dir = tmp.resolve("journal");
        try (ChronicleJournal journal = ChronicleJournal.open(dir)) {
            journal.append(JournalEvents.started("s", 1));
        }
        appendRaw(dir, new byte[] {EventCodec.VERSION, 99, 1, 2, 3}); // unknown type
        appendRaw(dir, new byte[] {42, EventCodec.SESSION_STARTED}); // unknown (newer) version
        appendRaw(dir, new byte[] {EventCodec.VERSION, EventCodec.SESSION_ENDED, 5}); // damaged
        try (ChronicleJournal journal = ChronicleJournal.open(dir)) {
            journal.append(JournalEvents.ended("s", 2));
        }
        List<JournalEvent> events = new ArrayList<>();
        try (JournalReader reader = JournalReader.open(dir)) {
            reader.forEachRemaining(events::add);
            assertEquals(3, reader.skipped());
        }
        assertEquals(List.of(JournalEvents.started("s", 1), JournalEvents.ended("s", 2)), events);
    }

    @Test
    void aJournalWithNoEventsReadsAsEmpty() {
        Path dir = tmp.resolve("journal");
        ChronicleJournal.open(dir).close();
        assertEquals(List.of(), ChronicleJournalTest.readAll(dir));
    }

    @Test
    void readingNeverWritesIntoTheJournalDirectory() throws Exception {
        Path dir = tmp.resolve("journal");
        try (ChronicleJournal journal = ChronicleJournal.open(dir)) {
            journal.append(JournalEvents.started("s", 1));
        }
        List<Path> before = listing(dir);
        ChronicleJournalTest.readAll(dir);
        assertEquals(before, listing(dir));
    }

    @Test
    void openingAMissingDirectoryFailsClearly() {
        Path dir = tmp.resolve("nowhere");
        JournalException e = assertThrows(JournalException.class, () -> JournalReader.open(dir));
        assertEquals("no journal at " + dir + ": the directory does not exist", e.getMessage());
        assertTrue(Files.notExists(dir), "the reader must not create the directory");
    }

    @Test
    void openingARegularFileFailsClearly() throws Exception {
        Path file = Files.writeString(tmp.resolve("journal"), "x");
        JournalException e = assertThrows(JournalException.class, () -> JournalReader.open(file));
        assertTrue(e.getMessage().contains("it is a file"), e.getMessage());
    }

    @Test
    void openingADirectoryWithoutJournalFilesFailsClearly() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("empty"));
        JournalException e = assertThrows(JournalException.class, () -> JournalReader.open(dir));
        assertTrue(e.getMessage().contains("holds no journal files"), e.getMessage());
    }

    @Test
    void aDayFileOfRandomBytesFailsClearlyInsteadOfReadingAsEmpty() throws Exception {
        Path dir = withDayFile(tmp.resolve("journal"), randomBytes(100_000));
        JournalException e = assertThrows(JournalException.class, () -> JournalReader.open(dir));
        assertEquals("cannot read the journal in " + dir + ": 20261204F.cq4 is not a journal day file (it does not"
            + " start with a Chronicle Queue header: damaged, or not written by Warden); move it out of the directory"
            + " to read the rest of the journal", e.getMessage());
    }

    @Test
    void anOlderDayFileWithoutHeaderFailsButTheNewestMayBeOneTheWriterIsCreating() throws Exception {
        Path dir = withDayFile(tmp.resolve("journal"), new byte[4096]);
        DayFiles.check(dir); // the newest: a writer creates the file, then writes its header
        try (ChronicleJournal journal = ChronicleJournal.open(tmp.resolve("other"))) {
            journal.append(JournalEvents.started("s", 1));
        }
        for (Path f : listing(tmp.resolve("other"))) {
            if (f.toString().endsWith(".cq4")) {
                Files.copy(f, dir.resolve("20261205F.cq4"));
            }
        }
        JournalException e = assertThrows(JournalException.class, () -> JournalReader.open(dir));
        assertTrue(e.getMessage().contains(": 20261204F.cq4 is not a journal day file"), e.getMessage());
    }

    @Test
    void aNewestDayFileStillWithoutHeaderAMinuteAfterItsLastChangeFails() throws Exception {
        Path dir = withDayFile(tmp.resolve("journal"), new byte[4096]);
        Files.setLastModifiedTime(dir.resolve("20261204F.cq4"), FileTime.from(Instant.now().minusSeconds(61)));
        JournalException e = assertThrows(JournalException.class, () -> JournalReader.open(dir));
        assertTrue(e.getMessage().contains(": 20261204F.cq4 is not a journal day file"), e.getMessage());
    }

    /** A real journal's metadata with its day files replaced by one named 20261204F.cq4 holding {@code content}. */
    static Path withDayFile(Path dir, byte[] content) throws Exception {
        try (ChronicleJournal journal = ChronicleJournal.open(dir)) {
            journal.append(JournalEvents.started("s", 1));
        }
        for (Path f : listing(dir)) {
            if (f.toString().endsWith(".cq4")) {
                Files.delete(f);
            }
        }
        Files.write(dir.resolve("20261204F.cq4"), content);
        return dir;
    }

    static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new java.util.Random(20261204).nextBytes(bytes);
        return bytes;
    }

    private static void appendRaw(Path dir, byte[] content) {
        try (SingleChronicleQueue queue = SingleChronicleQueueBuilder.binary(dir).rollCycle(RollCycles.FAST_DAILY).build();
             ExcerptAppender appender = queue.createAppender();
             DocumentContext dc = appender.writingDocument()) {
            dc.wire().bytes().write(content);
        }
    }

    private static List<Path> listing(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
