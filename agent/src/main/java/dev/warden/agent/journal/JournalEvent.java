package dev.warden.agent.journal;

import java.util.List;

/**
 * One entry of the journal. Every event belongs to a session and carries its wall-clock time in
 * microseconds since the epoch. Values are already safe to store: tokens appear only as
 * fingerprints, never in clear.
 */
public sealed interface JournalEvent {

    String sessionId();

    long epochMicros();

    /** A session opened: an inbound request, or a guarded call made outside of one. */
    record SessionStarted(String sessionId, long epochMicros, String source, String identityStatus,
                          String subject, String issuer, String tokenFingerprint, String identityDetail)
        implements JournalEvent {
    }

    /** Policy decided a guarded call. Appended before the call may proceed. */
    record DecisionMade(String sessionId, long epochMicros, String target, String effect, List<String> ruleIds,
                        String reason, String policyRevision, String mode)
        implements JournalEvent {

        public DecisionMade {
            ruleIds = List.copyOf(ruleIds);
        }
    }

    /** A session closed. {@code outcome} is one of ok, denied, rejected, error. */
    record SessionEnded(String sessionId, long epochMicros, long durationNanos, String outcome, String exceptionType)
        implements JournalEvent {
    }
}
