package dev.warden.agent.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.agent.journal.JournalEvent.DecisionMade;
import dev.warden.agent.journal.JournalEvent.SessionEnded;
import dev.warden.agent.journal.JournalEvent.SessionStarted;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChronicleJournalTest {

    @TempDir
    Path tmp;

    @Test
    void everyEventTypeReadsBackWithAllItsFields() {
        Path dir = tmp.resolve("journal");
        List<JournalEvent> written = List.of(
            JournalEvents.started("s-1", 1_700_000_000_000_001L),
            JournalEvents.decision("s-1", 1_700_000_000_000_002L),
            new DecisionMade("s-1", 1_700_000_000_000_003L, "t#m", "DENY", List.of(), null, null, "monitor"),
            new SessionStarted("s-2", 5L, "batch", "anonymous", null, null, null, null),
            JournalEvents.ended("s-1", 1_700_000_000_000_004L),
            new SessionEnded("s-2", 6L, 0L, "error", "java.io.IOException"));
        try (ChronicleJournal journal = ChronicleJournal.open(dir)) {
            written.forEach(journal::append);
        }
        assertEquals(written, readAll(dir));
    }

    @Test
    void openCreatesMissingParentDirectories() {
        Path dir = tmp.resolve("a/b/journal");
        try (ChronicleJournal journal = ChronicleJournal.open(dir)) {
            journal.append(JournalEvents.started("s", 1));
        }
        assertTrue(Files.isDirectory(dir));
        assertEquals(1, readAll(dir).size());
    }

    @Test
    void reopeningAppendsAfterTheExistingEvents() {
        Path dir = tmp.resolve("journal");
        try (ChronicleJournal journal = ChronicleJournal.open(dir)) {
            journal.append(JournalEvents.started("s", 1));
        }
        try (ChronicleJournal journal = ChronicleJournal.open(dir)) {
            journal.append(JournalEvents.ended("s", 2));
        }
        assertEquals(List.of(JournalEvents.started("s", 1), JournalEvents.ended("s", 2)), readAll(dir));
    }

    @Test
    void openFailsClearlyWhenThePathIsARegularFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("journal"), "not a directory");
        JournalException e = assertThrows(JournalException.class, () -> ChronicleJournal.open(file));
        assertTrue(e.getMessage().contains("is a file, not a directory"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void openFailsClearlyWhenAParentIsARegularFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain"), "x");
        JournalException e = assertThrows(JournalException.class, () -> ChronicleJournal.open(file.resolve("j")));
        assertTrue(e.getMessage().startsWith("cannot create the journal directory"), e.getMessage());
    }

    @Test
    void appendAfterCloseFailsWithJournalException() {
        ChronicleJournal journal = ChronicleJournal.open(tmp.resolve("journal"));
        journal.close();
        JournalException e = assertThrows(JournalException.class,
            () -> journal.append(JournalEvents.started("s", 1)));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void appendRestoresTheCallersContextClassLoader() {
        ClassLoader callers = new ClassLoader(null) { };
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        try (ChronicleJournal journal = ChronicleJournal.open(tmp.resolve("journal"))) {
            thread.setContextClassLoader(callers);
            journal.append(JournalEvents.started("s", 1));
            assertEquals(callers, thread.getContextClassLoader());
        } finally {
            thread.setContextClassLoader(original);
        }
    }

    static List<JournalEvent> readAll(Path dir) {
        List<JournalEvent> events = new ArrayList<>();
        try (JournalReader reader = JournalReader.open(dir)) {
            reader.forEachRemaining(events::add);
            assertEquals(0, reader.skipped());
        }
        return events;
    }
}
