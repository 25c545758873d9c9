package dev.warden.agent.identity;

/**
 * Why a token was rejected. {@link #code()} is the stable string carried by
 * {@link TokenRejectedException#reason()} and written to the journal; never rename a code.
 */
public enum RejectReason {
    /** Not a compact JWS: wrong number of segments, bad base64url, invalid or duplicate-key JSON. */
    MALFORMED("malformed"),
    /** Longer than the size cap; rejected before any decoding. */
    TOO_LARGE("too_large"),
    /** {@code alg} missing, {@code none} (any spelling), or not in the allow-list. */
    UNSUPPORTED_ALG("unsupported_alg"),
    /** A header Warden does not accept: {@code crit}, {@code b64}, {@code zip}. */
    UNSUPPORTED_HEADER("unsupported_header"),
    /** The header names a key of its own ({@code jwk}, {@code jku}, {@code x5u}); keys come only from the JWKS. */
    EMBEDDED_KEY("embedded_key"),
    /** {@code typ} present but not a JWT media type. */
    WRONG_TYPE("wrong_type"),
    /** No key in the JWKS for the token's {@code kid} (or no {@code kid} and no single candidate). */
    UNKNOWN_KEY("unknown_key"),
    /** The JWKS key named by {@code kid} cannot be used with the token's {@code alg}. */
    KEY_MISMATCH("key_mismatch"),
    BAD_SIGNATURE("bad_signature"),
    WRONG_ISSUER("wrong_issuer"),
    WRONG_AUDIENCE("wrong_audience"),
    MISSING_EXPIRY("missing_expiry"),
    EXPIRED("expired"),
    /** {@code nbf} (or {@code iat}) lies in the future beyond the allowed clock skew. */
    NOT_YET_VALID("not_yet_valid"),
    MISSING_SUBJECT("missing_subject"),
    /** A registered claim has the wrong JSON type (e.g. {@code exp} as a string). */
    INVALID_CLAIM("invalid_claim"),
    /** Token verification is not configured (no JWKS, issuer or audience). */
    NOT_CONFIGURED("not_configured"),
    /** The JWKS file has not been readable since start (it is retried; see {@code KeySetRetry}). */
    KEYS_UNAVAILABLE("keys_unavailable");

    private final String code;

    RejectReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    TokenRejectedException reject(String fingerprint, String message) {
        return new TokenRejectedException(code, fingerprint, message);
    }
}
