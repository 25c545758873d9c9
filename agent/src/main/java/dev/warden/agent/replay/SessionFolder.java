package dev.warden.agent.replay;

import dev.warden.agent.journal.JournalEvent;
import dev.warden.agent.journal.JournalEvent.DecisionMade;
import dev.warden.agent.journal.JournalEvent.SessionEnded;
import dev.warden.agent.journal.JournalEvent.SessionStarted;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

/** Accumulates the events of one session into a {@link SessionSummary}. */
final class SessionFolder {

    private final String sessionId;
    private final long firstMicros;
    private SessionStarted started;
    private SessionEnded ended;
    private final Set<String> targets = new LinkedHashSet<>();
    private final Set<String> ruleIds = new LinkedHashSet<>();
    private boolean permitted;
    private boolean denied;
    private boolean approvalRequired;
    private int events;

    SessionFolder(String sessionId, long firstMicros) {
        this.sessionId = sessionId;
        this.firstMicros = firstMicros;
    }

    void add(JournalEvent event) {
        events++;
        if (event instanceof SessionStarted s) {
            started = s;
        } else if (event instanceof DecisionMade d) {
            addDecision(d);
        } else if (event instanceof SessionEnded e) {
            ended = e;
        }
    }

    private void addDecision(DecisionMade d) {
        if (d.target() != null) {
            targets.add(d.target());
        }
        ruleIds.addAll(d.ruleIds());
        if (SessionSummary.DENY.equalsIgnoreCase(d.effect())) {
            denied = true;
        } else if (SessionSummary.APPROVAL_REQUIRED.equalsIgnoreCase(d.effect())) {
            approvalRequired = true;
        } else if (SessionSummary.PERMIT.equalsIgnoreCase(d.effect())) {
            permitted = true;
        }
    }

    SessionSummary summary() {
        long startMicros = started != null ? started.epochMicros() : firstMicros;
        return new SessionSummary(sessionId, Replay.toInstant(startMicros), Identities.label(started),
            started == null ? null : started.source(), targets.stream().toList(), decision(),
            ruleIds.stream().toList(), ended == null ? SessionSummary.OPEN : ended.outcome(),
            ended == null ? null : Duration.ofNanos(ended.durationNanos()), events);
    }

    private String decision() {
        if (denied) {
            return SessionSummary.DENY;
        }
        if (approvalRequired) {
            return SessionSummary.APPROVAL_REQUIRED;
        }
        return permitted ? SessionSummary.PERMIT : SessionSummary.NONE;
    }
}
