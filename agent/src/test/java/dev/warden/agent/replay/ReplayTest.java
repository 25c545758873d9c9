package dev.warden.agent.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.warden.agent.journal.ChronicleJournal;
import dev.warden.agent.journal.JournalEvent;
import dev.warden.agent.journal.JournalEvent.DecisionMade;
import dev.warden.agent.journal.JournalEvent.SessionEnded;
import dev.warden.agent.journal.JournalEvent.SessionStarted;
import dev.warden.agent.journal.JournalException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayTest {

    @TempDir
    Path tmp;

    @Test
    void timelineHoldsOnlyTheRequestedSessionsEventsInOrder() {
        Path dir = tmp.resolve("j");
        List<JournalEvent> mine = List.of(
            new SessionStarted("me", 1, "http", "verified", "svc", "iss", "sha256:a", null),
            new DecisionMade("me", 3, "X#m", "PERMIT", List.of("p"), null, "r", "enforce"),
            new SessionEnded("me", 5, 4_000, "ok", null));
        try (ChronicleJournal journal = ChronicleJournal.open(dir)) {
            journal.append(mine.get(0));
            journal.append(new SessionStarted("other", 2, "http", "anonymous", null, null, null, null));
            journal.append(mine.get(1));
            journal.append(new SessionEnded("other", 4, 2_000, "ok", null));
            journal.append(mine.get(2));
        }
        Replay.Timeline timeline = Replay.timeline(dir, "me");
        assertEquals(mine, timeline.events());
        assertEquals(0, timeline.skipped());
        assertEquals(List.of(), Replay.timeline(dir, "nobody").events());
        assertEquals(2, Replay.sessions(dir).list().size());
    }

    @Test
    void readingAMissingJournalFails() {
        assertThrows(JournalException.class, () -> Replay.sessions(tmp.resolve("missing")));
    }
}
