package dev.warden.agent.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReopeningJournalTest {

    @TempDir
    Path tmp;

    private static List<JournalEvent> read(Path dir) {
        List<JournalEvent> events = new ArrayList<>();
        try (JournalReader reader = JournalReader.open(dir)) {
            reader.forEachRemaining(events::add);
        }
        return events;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void anUntouchedDirectoryIsNotReopened() {
        Path dir = tmp.resolve("journal");
        try (ReopeningJournal journal = ReopeningJournal.openUnwatched(dir)) {
            journal.append(JournalEvents.started("s-1", 1));

            assertFalse(journal.checkNow());

            journal.append(JournalEvents.ended("s-1", 2));
        }
        assertEquals(List.of(JournalEvents.started("s-1", 1), JournalEvents.ended("s-1", 2)), read(dir));
    }

    @Test
    void aDeletedDirectoryIsRecreatedAndLaterEventsAreReadableThere() throws Exception {
        Path dir = tmp.resolve("journal");
        try (ReopeningJournal journal = ReopeningJournal.openUnwatched(dir)) {
            journal.append(JournalEvents.started("s-1", 1));
            deleteRecursively(dir);

            assertTrue(journal.checkNow());
            journal.append(JournalEvents.started("s-2", 3));
            journal.append(JournalEvents.ended("s-2", 4));
        }
        assertEquals(List.of(JournalEvents.started("s-2", 3), JournalEvents.ended("s-2", 4)), read(dir));
    }

    @Test
    void aDirectoryReplacedByAnotherIsReopened() throws Exception {
        Path dir = tmp.resolve("journal");
        try (ReopeningJournal journal = ReopeningJournal.openUnwatched(dir)) {
            journal.append(JournalEvents.started("s-1", 1));
            Files.move(dir, tmp.resolve("journal-moved-away"));
            Files.createDirectories(dir); // an empty directory of the same name: not the journal's

            assertTrue(journal.checkNow());
            journal.append(JournalEvents.started("s-2", 3));
        }
        assertEquals(List.of(JournalEvents.started("s-2", 3)), read(dir));
        assertEquals(List.of(JournalEvents.started("s-1", 1)), read(tmp.resolve("journal-moved-away")));
    }

    @Test
    void aJournalThatCannotBeOpenedAtStartFailsEveryAppendUntilTheCauseIsGone() throws Exception {
        Path dir = Files.writeString(tmp.resolve("journal"), "a file where the directory should be");
        try (ReopeningJournal journal = ReopeningJournal.openUnwatched(dir)) {
            JournalException refused = assertThrows(JournalException.class, () -> journal.append(JournalEvents.started("s-1", 1)));
            assertTrue(refused.getMessage().contains("is a file, not a directory"), refused.getMessage());
            assertFalse(journal.checkNow(), "the cause is still there");

            Files.delete(dir);
            assertTrue(journal.checkNow());
            journal.append(JournalEvents.started("s-2", 2));
        }
        assertEquals(List.of(JournalEvents.started("s-2", 2)), read(dir));
    }

    @Test
    void aDirectoryReplacedByAFileMakesAppendsFailInsteadOfVanishingThenRecovers() throws Exception {
        Path dir = tmp.resolve("journal");
        try (ReopeningJournal journal = ReopeningJournal.openUnwatched(dir)) {
            journal.append(JournalEvents.started("s-1", 1));
            deleteRecursively(dir);
            Files.writeString(dir, "not a directory");

            assertFalse(journal.checkNow());
            assertThrows(JournalException.class, () -> journal.append(JournalEvents.started("s-2", 2)),
                "an event that cannot be recorded must fail the append, so enforce mode denies the call");

            Files.delete(dir);
            assertTrue(journal.checkNow());
            journal.append(JournalEvents.started("s-3", 3));
        }
        assertEquals(List.of(JournalEvents.started("s-3", 3)), read(dir));
    }
}
