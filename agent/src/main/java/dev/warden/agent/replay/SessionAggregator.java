package dev.warden.agent.replay;

import dev.warden.agent.journal.JournalEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Folds a stream of journal events into one {@link SessionSummary} per session, in the order the
 * sessions first appear in the journal. Events of different sessions may interleave freely; events
 * of no session (policy changes) are not sessions and are passed over.
 */
public final class SessionAggregator implements Consumer<JournalEvent> {

    private final Map<String, SessionFolder> bySession = new HashMap<>();
    private final List<SessionFolder> inOrder = new ArrayList<>();

    @Override
    public void accept(JournalEvent event) {
        if (event.sessionId() == null) {
            return;
        }
        SessionFolder folder = bySession.get(event.sessionId());
        if (folder == null) {
            folder = new SessionFolder(event.sessionId(), event.epochMicros());
            bySession.put(event.sessionId(), folder);
            inOrder.add(folder);
        }
        folder.add(event);
    }

    /** One summary per session seen so far, in first-seen order. */
    public List<SessionSummary> sessions() {
        List<SessionSummary> summaries = new ArrayList<>(inOrder.size());
        for (SessionFolder folder : inOrder) {
            summaries.add(folder.summary());
        }
        return summaries;
    }
}
