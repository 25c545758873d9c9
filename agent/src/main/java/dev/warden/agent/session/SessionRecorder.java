package dev.warden.agent.session;

import dev.warden.agent.journal.Journal;
import dev.warden.agent.journal.JournalEvent.DecisionMade;
import dev.warden.agent.journal.JournalEvent.SessionEnded;
import dev.warden.agent.journal.JournalEvent.SessionStarted;
import dev.warden.policy.Decision;
import dev.warden.policy.Effect;
import java.time.Instant;
import java.util.Locale;

/** Turns session steps into journal events. Every method may throw JournalException. */
final class SessionRecorder {

    /** {@code permit}, {@code deny}, ...: computed once, not lower-cased on every decision. */
    private static final String[] EFFECTS = new String[Effect.values().length];

    static {
        for (Effect effect : Effect.values()) {
            EFFECTS[effect.ordinal()] = effect.name().toLowerCase(Locale.ROOT);
        }
    }

    private final Journal journal;
    private final String mode;

    SessionRecorder(Journal journal, String mode) {
        this.journal = journal;
        this.mode = mode;
    }

    void started(Session session, String source) {
        CallerIdentity identity = session.identity();
        journal.append(new SessionStarted(session.id(), nowMicros(), source, identity.status().journalName(),
            identity.principal().subject(), identity.principal().issuer(), identity.fingerprint(), identity.detail()));
    }

    /**
     * Records a session that opens as the identity a token proved: its start and, when the token
     * was refused, that refusal (a deny decision whose target is the source).
     *
     * @param endIfRejected end a refused session here, as refused (its work will not run)
     * @return true when the token was refused and the session has ended
     */
    boolean opened(Session session, String source, boolean endIfRejected) {
        started(session, source);
        if (!session.identity().rejected()) {
            return false;
        }
        identityRejected(session, source);
        if (endIfRejected) {
            session.markRejected();
            ended(session, null);
        }
        return endIfRejected;
    }

    /** @param target the call decided, {@code Class#method} */
    void decided(Session session, String target, Decision decision) {
        journal.append(new DecisionMade(session.id(), nowMicros(), target, EFFECTS[decision.effect().ordinal()],
            decision.ruleIds(), decision.reason(), decision.policyRevision(), decision.monitorOnly() ? "monitor" : mode));
    }

    void identityRejected(Session session, String target) {
        CallerIdentity identity = session.identity();
        journal.append(new DecisionMade(session.id(), nowMicros(), target, "deny", java.util.List.of(),
            "token rejected: " + identity.detail(), "none", mode));
    }

    void ended(Session session, Throwable thrown) {
        long duration = System.nanoTime() - session.startNanos();
        journal.append(new SessionEnded(session.id(), nowMicros(), duration, session.outcome(),
            thrown == null ? null : thrown.getClass().getName()));
    }

    private static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }
}
