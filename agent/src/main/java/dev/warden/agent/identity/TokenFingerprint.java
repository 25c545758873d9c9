package dev.warden.agent.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One-way fingerprints of tokens: what Warden logs and journals instead of the token itself, so
 * attempts with the same token can be correlated without anyone being able to replay it.
 */
public final class TokenFingerprint {

    private static final HexFormat HEX = HexFormat.of();

    private TokenFingerprint() {
    }

    /** {@code sha256:} followed by the first 16 hex characters of the SHA-256 of the token's bytes. */
    public static String of(String token) {
        return "sha256:" + HEX.formatHex(sha256(token), 0, 8);
    }

    /** The full SHA-256 of the token as hex; the key of the verification cache. */
    static String fullHex(String token) {
        return HEX.formatHex(sha256(token));
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
