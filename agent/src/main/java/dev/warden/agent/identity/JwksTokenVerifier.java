package dev.warden.agent.identity;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Verifies compact JWS bearer tokens against an issuer's JWKS. In order: a size cap before any
 * decoding; strict parsing; header checks (alg allow-list, no crit/b64/zip, no embedded keys,
 * typ); key lookup by kid (one refetch for an unknown kid); signature; then iss, aud, exp
 * (required), nbf, iat with bounded skew, and sub. Successful verifications are cached by token
 * hash until the token's exp. Thread-safe.
 */
public final class JwksTokenVerifier implements TokenVerifier {

    /** Longer tokens are refused before decoding: bounded memory and time per request. */
    public static final int MAX_TOKEN_CHARS = 16 * 1024;
    static final int CACHE_CAPACITY = 4096;

    private final JwksSource keys;
    private final VerifierSettings settings;
    private final Clock clock;
    private final VerificationCache cache = new VerificationCache(CACHE_CAPACITY);

    public JwksTokenVerifier(JwksSource keys, VerifierSettings settings) {
        this(keys, settings, Clock.systemUTC());
    }

    public JwksTokenVerifier(JwksSource keys, VerifierSettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public VerifiedToken verify(String bearerToken) throws TokenRejectedException {
        if (bearerToken == null || bearerToken.isEmpty()) {
            throw RejectReason.MALFORMED.reject(TokenFingerprint.of(""), "no token");
        }
        byte[] sha256 = TokenFingerprint.sha256(bearerToken); // once: the cache key and the fingerprint
        if (bearerToken.length() > MAX_TOKEN_CHARS) {
            throw RejectReason.TOO_LARGE.reject(TokenFingerprint.of(sha256), "token is " + bearerToken.length()
                    + " characters, over the limit of " + MAX_TOKEN_CHARS);
        }
        long now = clock.instant().getEpochSecond();
        TokenHash key = new TokenHash(sha256);
        VerificationCache.Entry hit = cache.get(key, now);
        if (hit != null && keys.keys().getKeys().contains(hit.key())) {
            return hit.token();
        }
        VerificationCache.Entry verified = verifyFully(bearerToken, TokenFingerprint.of(sha256), now);
        if (now < verified.token().expiresAtEpochSecond()) {
            cache.put(key, verified);
        } else {
            cache.remove(key);
        }
        return verified.token();
    }

    private VerificationCache.Entry verifyFully(String token, String fp, long now) throws TokenRejectedException {
        CompactJws jws = CompactJws.split(token, fp);
        HeaderRules.Verification how = HeaderRules.check(jws.header(), settings.algorithms(), fp);
        List<JWK> candidates = KeySelector.eligible(named(how.kid(), fp), how.alg(), how.kid(), fp);
        JWK key = SignatureCheck.verify(candidates, how.alg(), jws, fp);
        Map<String, Object> claims = jws.payload();
        return new VerificationCache.Entry(ClaimRules.check(claims, settings, now, fp), key);
    }

    private List<JWK> named(String kid, String fp) throws TokenRejectedException {
        List<JWK> named = KeySelector.named(keys.keys(), kid);
        if (named.isEmpty() && kid != null) {
            JWKSet newest = keys.keysAfterUnknownKid(); // the issuer may have rotated keys
            named = KeySelector.named(newest, kid);
        }
        if (named.isEmpty()) {
            throw RejectReason.UNKNOWN_KEY.reject(fp, "token kid " + Safe.quote(kid) + " is not in " + keys);
        }
        return named;
    }

    /**
     * Runs a first verification's path once per allowed algorithm, with a token that can never
     * verify (its signature is filler), so that the application's first request does not pay for
     * loading and interpreting it: JSON, header rules, key selection, and the JCA's signature
     * classes for the configured keys. A rejection caches nothing and logs nothing.
     */
    void warmUp() {
        for (String alg : settings.algorithms()) {
            try {
                verify(WarmUpToken.forAlgorithm(alg));
            } catch (TokenRejectedException | RuntimeException expected) {
                // the point was to run the code, not to verify anything
            }
        }
    }

    int cachedEntries() {
        return cache.size();
    }
}
