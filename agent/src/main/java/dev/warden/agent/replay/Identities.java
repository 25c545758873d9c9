package dev.warden.agent.replay;

import dev.warden.agent.journal.JournalEvent.SessionStarted;

/** How replay names the identity of a session. */
public final class Identities {

    public static final String ANONYMOUS = "anonymous";
    public static final String UNKNOWN = "unknown";
    public static final String REJECTED = "rejected";

    private Identities() {
    }

    /**
     * The subject of a verified token; {@code rejected: <detail>} when the token was rejected;
     * {@code anonymous} when there was none; {@code unknown} when the start was not recorded.
     */
    public static String label(SessionStarted started) {
        if (started == null) {
            return UNKNOWN;
        }
        String status = started.identityStatus();
        if (REJECTED.equalsIgnoreCase(status)) {
            String detail = started.identityDetail();
            return detail == null || detail.isBlank() ? REJECTED : REJECTED + ": " + detail;
        }
        String subject = started.subject();
        if (subject != null && !subject.isBlank()) {
            return subject;
        }
        return ANONYMOUS;
    }

    /**
     * Whether {@code label} matches what a user asked for: the exact label, or {@code rejected} for
     * every rejected identity whatever its reason.
     */
    public static boolean matches(String label, String wanted) {
        return label.equals(wanted) || REJECTED.equals(wanted) && label.startsWith(REJECTED + ":");
    }
}
