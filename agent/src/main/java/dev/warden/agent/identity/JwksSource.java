package dev.warden.agent.identity;

import com.nimbusds.jose.jwk.JWKSet;

/**
 * Where the issuer's public keys come from (a file today; JWKS over HTTP with caching can be
 * swapped in). Implementations are thread-safe, never return {@code null}, and keep serving the
 * last good key set when a refresh fails.
 */
public interface JwksSource {

    /** The keys to verify with now; may refresh first when the source's refresh interval has passed. */
    JWKSet keys();

    /**
     * A token named a {@code kid} that {@link #keys()} does not hold: the issuer may have rotated,
     * so refetch now if the source allows (rate-limited, so unknown kids cannot force a fetch per
     * request) and return the newest keys.
     */
    JWKSet keysAfterUnknownKid();
}
