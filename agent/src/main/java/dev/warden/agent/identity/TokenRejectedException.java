package dev.warden.agent.identity;

/**
 * A token failed verification. {@link #reason()} is a stable short code (e.g. {@code expired},
 * {@code bad_signature}, {@code wrong_issuer}); the message never contains the token.
 */
public final class TokenRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final String fingerprint;

    public TokenRejectedException(String reason, String fingerprint, String message) {
        super(message);
        this.reason = reason;
        this.fingerprint = fingerprint;
    }

    public String reason() {
        return reason;
    }

    /** Fingerprint of the rejected token, so the journal can correlate attempts without storing it. */
    public String fingerprint() {
        return fingerprint;
    }
}
