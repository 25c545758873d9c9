package dev.warden.agent.journal;

import java.util.List;

/**
 * One entry of the journal, with its wall-clock time in microseconds since the epoch. Session
 * events belong to one session; policy events ({@link PolicyChanged}, {@link PolicyRejected})
 * belong to none and have a null {@link #sessionId}. Values are already safe to store: tokens
 * appear only as fingerprints, never in clear, and policy events never hold policy text.
 */
public sealed interface JournalEvent {

    /** The session this event belongs to; null for a policy event. */
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

    /**
     * A reload put a new policy set in force. Appended before the first decision under it.
     *
     * @param oldRevision the revision replaced ({@code none} for the deny-all stand-in after a failed start)
     * @param newRevision the revision now in force
     * @param files how many policy files the new set was read from
     */
    record PolicyChanged(long epochMicros, String oldRevision, String newRevision, int files) implements JournalEvent {

        @Override
        public String sessionId() {
            return null;
        }
    }

    /**
     * A reload found the policy set invalid and kept the one in force.
     *
     * @param keptRevision the revision that stays in force
     * @param rejectedRevision the revision of the rejected text (hashed as a valid set would be)
     * @param files how many policy files were read
     * @param errors how many errors were found (the details are in the log, never in the journal)
     */
    record PolicyRejected(long epochMicros, String keptRevision, String rejectedRevision, int files, int errors)
        implements JournalEvent {

        @Override
        public String sessionId() {
            return null;
        }
    }
}
