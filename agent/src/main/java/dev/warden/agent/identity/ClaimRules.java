package dev.warden.agent.identity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks on the claims of a token whose signature has verified, and the {@link VerifiedToken}
 * built from them. Times are NumericDates (JSON numbers of seconds); a string where a number
 * belongs is an invalid claim, not something to coerce.
 */
final class ClaimRules {

    /** Claims that become fields of {@link VerifiedToken} rather than entries of its claim map. */
    private static final Set<String> NOT_IN_CLAIM_MAP = Set.of("sub", "iss", "groups");

    private ClaimRules() {
    }

    static VerifiedToken check(Map<String, Object> claims, VerifierSettings settings, long nowSecond, String fp)
            throws TokenRejectedException {
        Object iss = claims.get("iss");
        if (!settings.issuer().equals(iss)) {
            throw RejectReason.WRONG_ISSUER.reject(fp, "token issuer " + Safe.quote(iss) + " is not the trusted issuer '"
                    + settings.issuer() + "'");
        }
        checkAudience(claims.get("aud"), settings.audience(), fp);
        long skew = settings.clockSkew().toSeconds();
        Object expClaim = claims.get("exp");
        if (expClaim == null) {
            throw RejectReason.MISSING_EXPIRY.reject(fp, "token has no exp claim; tokens without an expiry are refused");
        }
        long exp = numericDate(expClaim, "exp", fp);
        if (nowSecond - skew >= exp) {
            throw RejectReason.EXPIRED.reject(fp, "token expired " + (nowSecond - exp) + " s ago (allowed clock skew "
                    + skew + " s)");
        }
        if (claims.get("nbf") != null && numericDate(claims.get("nbf"), "nbf", fp) > nowSecond + skew) {
            throw RejectReason.NOT_YET_VALID.reject(fp, "token is not valid before its nbf, "
                    + (numericDate(claims.get("nbf"), "nbf", fp) - nowSecond) + " s from now (allowed clock skew " + skew + " s)");
        }
        if (claims.get("iat") != null && numericDate(claims.get("iat"), "iat", fp) > nowSecond + skew) {
            throw RejectReason.NOT_YET_VALID.reject(fp, "token was issued in the future (iat beyond the allowed clock skew "
                    + skew + " s)");
        }
        Object sub = claims.get("sub");
        if (!(sub instanceof String subject) || subject.isBlank()) {
            throw RejectReason.MISSING_SUBJECT.reject(fp, "token has no non-blank sub claim");
        }
        return new VerifiedToken(subject, settings.issuer(), groups(claims.get("groups"), fp), otherClaims(claims), fp, exp);
    }

    private static void checkAudience(Object aud, String expected, String fp) throws TokenRejectedException {
        boolean ok = aud instanceof String s ? s.equals(expected)
                : aud instanceof List<?> list && list.contains(expected);
        if (!ok) {
            throw RejectReason.WRONG_AUDIENCE.reject(fp, aud == null
                    ? "token has no aud claim; it must be issued for audience '" + expected + "'"
                    : "token audience does not include '" + expected + "'");
        }
    }

    /** Seconds since the epoch; fractions round down, out-of-range values saturate. */
    static long numericDate(Object value, String name, String fp) throws TokenRejectedException {
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            return big.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        if (value instanceof Number n && !Double.isNaN(n.doubleValue())) {
            return (long) Math.floor(n.doubleValue());
        }
        throw RejectReason.INVALID_CLAIM.reject(fp, "token claim " + name + " must be a number of seconds, it is "
                + Safe.quote(value instanceof String ? "a string" : value));
    }

    private static List<String> groups(Object value, String fp) throws TokenRejectedException {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            List<String> out = new ArrayList<>(list.size());
            for (Object g : list) {
                if (!(g instanceof String s)) {
                    throw RejectReason.INVALID_CLAIM.reject(fp, "token claim groups must be an array of strings");
                }
                out.add(s);
            }
            return out;
        }
        throw RejectReason.INVALID_CLAIM.reject(fp, "token claim groups must be an array of strings");
    }

    private static Map<String, String> otherClaims(Map<String, Object> claims) {
        Map<String, String> out = new LinkedHashMap<>();
        claims.forEach((name, value) -> {
            if (!NOT_IN_CLAIM_MAP.contains(name)) {
                // an audience list becomes "a b c", which the policy's Principal reads as its audiences
                String text = name.equals("aud") && value instanceof List<?> list ? joined(list) : scalar(value);
                if (text != null) {
                    out.put(name, text);
                }
            }
        });
        return out;
    }

    private static String joined(List<?> values) {
        StringBuilder text = new StringBuilder();
        for (Object v : values) {
            if (v instanceof String s && !s.isBlank()) {
                text.append(text.length() == 0 ? "" : " ").append(s);
            }
        }
        return text.toString();
    }

    private static String scalar(Object value) {
        if (value instanceof String || value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return null;
    }
}
