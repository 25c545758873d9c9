package dev.warden.agent.session;

import dev.warden.agent.identity.VerifiedToken;
import dev.warden.policy.Principal;

/**
 * Who a session runs as. Only a {@link Status#VERIFIED} identity carries a subject into policy;
 * anonymous and rejected callers are {@link Principal#anonymous()} there.
 *
 * @param fingerprint fingerprint of the presented token, or {@code null} when none was presented
 * @param detail why a token was rejected (a stable reason code), or {@code null}
 */
record CallerIdentity(Status status, Principal principal, String fingerprint, String detail) {

    enum Status {
        VERIFIED, ANONYMOUS, REJECTED;

        private final String journalName = name().toLowerCase(java.util.Locale.ROOT);

        /** How the journal records it ({@code verified}, ...), computed once. */
        String journalName() {
            return journalName;
        }
    }

    static final CallerIdentity ANONYMOUS = new CallerIdentity(Status.ANONYMOUS, Principal.anonymous(), null, null);

    static CallerIdentity verified(VerifiedToken token) {
        Principal principal = new Principal(token.subject(), token.issuer(), token.groups(), token.claims());
        return new CallerIdentity(Status.VERIFIED, principal, token.fingerprint(), null);
    }

    static CallerIdentity rejected(String reason, String fingerprint) {
        return new CallerIdentity(Status.REJECTED, Principal.anonymous(), fingerprint, reason);
    }

    boolean rejected() {
        return status == Status.REJECTED;
    }

    /** The subject, or a placeholder that can never be mistaken for one. */
    String displayName() {
        return switch (status) {
            case VERIFIED -> principal.subject();
            case ANONYMOUS -> "anonymous";
            case REJECTED -> "rejected token (" + detail + ")";
        };
    }
}
