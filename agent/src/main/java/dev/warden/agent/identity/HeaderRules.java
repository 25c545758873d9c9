package dev.warden.agent.identity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks on the (still unauthenticated) JOSE header, before any key is looked up. Only fields
 * Warden understands get through: a {@code crit} list (even empty) is refused because every
 * extension it could name is one Warden does not implement (RFC 7515 4.1.11).
 */
final class HeaderRules {

    /** Headers that point at a key of the sender's choosing; keys come only from the JWKS. */
    private static final List<String> EMBEDDED_KEY_HEADERS = List.of("jwk", "jku", "x5u");
    /** {@code enc} marks a JWE; {@code b64}/{@code zip} change how the payload is read. */
    private static final List<String> UNSUPPORTED_HEADERS = List.of("crit", "b64", "zip", "enc");
    private static final Set<String> JWT_TYPES = Set.of("jwt", "at+jwt", "application/jwt", "application/at+jwt");
    static final int MAX_KID_CHARS = 256;

    /** What the header says about how to verify the token. */
    record Verification(String alg, String kid) {
    }

    private HeaderRules() {
    }

    static Verification check(Map<String, Object> header, Set<String> allowedAlgs, String fp)
            throws TokenRejectedException {
        String alg = checkAlg(header.get("alg"), allowedAlgs, fp);
        for (String name : UNSUPPORTED_HEADERS) {
            if (header.containsKey(name)) {
                throw RejectReason.UNSUPPORTED_HEADER.reject(fp, "token header '" + name + "' is not supported");
            }
        }
        for (String name : EMBEDDED_KEY_HEADERS) {
            if (header.containsKey(name)) {
                throw RejectReason.EMBEDDED_KEY.reject(fp, "token header '" + name
                        + "' names its own verification key; keys are taken only from the configured JWKS");
            }
        }
        Object typ = header.get("typ");
        if (typ != null && !(typ instanceof String t && JWT_TYPES.contains(t.toLowerCase(Locale.ROOT)))) {
            throw RejectReason.WRONG_TYPE.reject(fp, "token header typ " + Safe.quote(typ) + " is not JWT or at+jwt");
        }
        Object kid = header.get("kid");
        if (kid != null && !(kid instanceof String s && !s.isEmpty() && s.length() <= MAX_KID_CHARS)) {
            throw RejectReason.MALFORMED.reject(fp, "token header kid must be a non-empty string of at most "
                    + MAX_KID_CHARS + " characters");
        }
        return new Verification(alg, (String) kid);
    }

    private static String checkAlg(Object alg, Set<String> allowedAlgs, String fp) throws TokenRejectedException {
        if (!(alg instanceof String name)) {
            throw RejectReason.UNSUPPORTED_ALG.reject(fp, "token header has no alg string");
        }
        if (name.equalsIgnoreCase("none")) {
            throw RejectReason.UNSUPPORTED_ALG.reject(fp, "unsigned tokens (alg " + Safe.quote(name)
                    + ") are never accepted");
        }
        // Exact, case-sensitive comparison: "rs256" is not RS256.
        if (!allowedAlgs.contains(name)) {
            throw RejectReason.UNSUPPORTED_ALG.reject(fp, "token alg " + Safe.quote(name)
                    + " is not in the allowed algorithms " + allowedAlgs);
        }
        return name;
    }
}
