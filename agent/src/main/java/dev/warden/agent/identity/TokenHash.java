package dev.warden.agent.identity;

import java.util.Arrays;

/** The SHA-256 of a token, as the key of the verification cache (compared by content). */
final class TokenHash {

    private final byte[] sha256;
    private final int hash;

    TokenHash(byte[] sha256) {
        this.sha256 = sha256;
        this.hash = Arrays.hashCode(sha256);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TokenHash that && Arrays.equals(sha256, that.sha256);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
