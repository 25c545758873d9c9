package dev.warden.agent.replay;

import dev.warden.agent.journal.JournalEvent;
import dev.warden.agent.journal.JournalReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads a journal directory for the questions replay answers. */
public final class Replay {

    private Replay() {
    }

    /**
     * Every session in the journal, summarised.
     *
     * @throws dev.warden.agent.journal.JournalException if the directory holds no readable journal
     */
    public static Sessions sessions(Path journalDir) {
        SessionAggregator aggregator = new SessionAggregator();
        try (JournalReader reader = JournalReader.open(journalDir)) {
            reader.forEachRemaining(aggregator);
            return new Sessions(aggregator.sessions(), reader.skipped());
        }
    }

    /**
     * The events of one session in journal order; empty if the journal has none for it.
     *
     * @throws dev.warden.agent.journal.JournalException if the directory holds no readable journal
     */
    public static Timeline timeline(Path journalDir, String sessionId) {
        List<JournalEvent> events = new ArrayList<>();
        try (JournalReader reader = JournalReader.open(journalDir)) {
            reader.forEachRemaining(e -> {
                if (sessionId.equals(e.sessionId())) {
                    events.add(e);
                }
            });
            return new Timeline(sessionId, List.copyOf(events), reader.skipped());
        }
    }

    /** A journal time (microseconds since the epoch) as an instant. */
    public static Instant toInstant(long epochMicros) {
        return Instant.ofEpochSecond(Math.floorDiv(epochMicros, 1_000_000L),
            Math.floorMod(epochMicros, 1_000_000L) * 1_000L);
    }

    /**
     * Every policy event (reloads put in force and reloads rejected), in journal order.
     *
     * @throws dev.warden.agent.journal.JournalException if the directory holds no readable journal
     */
    public static PolicyHistory policyHistory(Path journalDir) {
        List<JournalEvent> events = new ArrayList<>();
        try (JournalReader reader = JournalReader.open(journalDir)) {
            reader.forEachRemaining(e -> {
                if (e instanceof JournalEvent.PolicyChanged || e instanceof JournalEvent.PolicyRejected) {
                    events.add(e);
                }
            });
            return new PolicyHistory(List.copyOf(events), reader.skipped());
        }
    }

    /**
     * Summaries of all sessions.
     *
     * @param skipped journal documents this version could not decode (see {@link JournalReader#skipped})
     */
    public record Sessions(List<SessionSummary> list, long skipped) {
        public Sessions {
            list = List.copyOf(list);
        }
    }

    /**
     * The events of one session.
     *
     * @param skipped journal documents this version could not decode
     */
    public record Timeline(String sessionId, List<JournalEvent> events, long skipped) {
        public Timeline {
            events = List.copyOf(events);
        }
    }

    /**
     * The policy events of a journal.
     *
     * @param skipped journal documents this version could not decode
     */
    public record PolicyHistory(List<JournalEvent> events, long skipped) {
        public PolicyHistory {
            events = List.copyOf(events);
        }
    }
}
