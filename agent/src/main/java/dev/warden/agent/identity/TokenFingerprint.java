package dev.warden.agent.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * One-way fingerprints of tokens: what Warden logs and journals instead of the token itself, so
 * attempts with the same token can be correlated without anyone being able to replay it.
 *
 * <p>The verifier hashes each token once ({@link #sha256}) and derives both the fingerprint and its
 * cache key from that hash. A repeat sighting is answered from the cache, so hashing is most of
 * its cost: a digest per thread is reused, and tokens (ASCII by construction) are hashed from a
 * per-thread buffer rather than a fresh {@code getBytes} array.
 */
public final class TokenFingerprint {

    private static final HexFormat HEX = HexFormat.of();
    /** Longer or non-ASCII tokens take the general path; verified tokens are far shorter. */
    private static final int SCRATCH_BYTES = 8 * 1024;

    private static final ThreadLocal<Hasher> HASHER = ThreadLocal.withInitial(Hasher::new);

    private TokenFingerprint() {
    }

    /** {@code sha256:} followed by the first 16 hex characters of the SHA-256 of the token's bytes. */
    public static String of(String token) {
        return of(sha256(token));
    }

    /**
     * The fingerprint of any other secret's bytes (a credential), in the same form: a secret and a
     * token with the same bytes have the same fingerprint.
     */
    public static String ofBytes(byte[] secret) {
        return of(HASHER.get().digest(secret));
    }

    /** The fingerprint of a token whose SHA-256 is {@code sha256}. */
    static String of(byte[] sha256) {
        return "sha256:" + HEX.formatHex(sha256, 0, 8);
    }

    /** The SHA-256 of the token's UTF-8 bytes. */
    static byte[] sha256(String token) {
        return HASHER.get().digest(token);
    }

    /** A reusable digest and byte buffer, confined to one thread. */
    private static final class Hasher {
        private final MessageDigest digest;
        private final byte[] scratch = new byte[SCRATCH_BYTES];

        Hasher() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }

        byte[] digest(String token) {
            int length = token.length();
            if (length <= scratch.length && ascii(token, length)) {
                digest.update(scratch, 0, length);
                Arrays.fill(scratch, 0, length, (byte) 0); // a bearer credential does not linger here
            } else {
                digest.update(token.getBytes(StandardCharsets.UTF_8));
            }
            return digest.digest(); // also resets the digest for the next token
        }

        byte[] digest(byte[] bytes) {
            return digest.digest(bytes);
        }

        /** Copies the token into the scratch buffer as bytes; false at the first non-ASCII char. */
        private boolean ascii(String token, int length) {
            for (int i = 0; i < length; i++) {
                char c = token.charAt(i);
                if (c >= 0x80) {
                    return false;
                }
                scratch[i] = (byte) c;
            }
            return true;
        }
    }
}
