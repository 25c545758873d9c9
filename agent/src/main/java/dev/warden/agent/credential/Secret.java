package dev.warden.agent.credential;

import dev.warden.agent.identity.TokenFingerprint;
import java.security.MessageDigest;

/**
 * A credential's secret value. It never shows itself: {@link #toString()} is redacted and there is
 * no accessor that returns a {@code String} (which could slip into a log line or an exception);
 * whoever injects it takes a copy of its bytes. What logs and the journal may carry is the
 * {@link #fingerprint()}.
 */
public final class Secret {

    private final byte[] value;
    /** Computed on first use: SHA-256 is not free, and checking a credential at load needs none. */
    private volatile String fingerprint;

    /** Keeps {@code value} as is: the caller hands it over and no longer uses it. */
    Secret(byte[] value) {
        this.value = value;
    }

    /** A copy of the secret's bytes, for the one place that puts it on the wire. */
    public byte[] bytes() {
        return value.clone();
    }

    /** {@code sha256:} and 16 hex characters, as for tokens: safe to log and journal. */
    public String fingerprint() {
        String known = fingerprint;
        if (known == null) {
            known = TokenFingerprint.ofBytes(value);
            fingerprint = known;
        }
        return known;
    }

    /** Whether both hold the same bytes, compared in constant time. */
    boolean sameAs(Secret other) {
        return MessageDigest.isEqual(value, other.value);
    }

    @Override
    public String toString() {
        return "Secret[redacted]";
    }
}
