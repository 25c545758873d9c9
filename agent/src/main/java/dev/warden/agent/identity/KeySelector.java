package dev.warden.agent.identity;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.KeyUse;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the JWKS keys that may verify a token. {@code kid} is only ever an opaque lookup key into
 * the set (never a path or URL). A key is eligible only if it is a signature key ({@code use} absent
 * or {@code sig}, {@code key_ops} absent or containing {@code verify}), its declared {@code alg}
 * (if any) equals the token's (RFC 7517 4.4), and its type and curve fit that algorithm.
 */
final class KeySelector {

    private KeySelector() {
    }

    /** The keys named by {@code kid}, or every key when the token has none. */
    static List<JWK> named(JWKSet keys, String kid) {
        if (kid == null) {
            return keys.getKeys();
        }
        List<JWK> out = new ArrayList<>(1);
        for (JWK key : keys.getKeys()) {
            if (kid.equals(key.getKeyID())) {
                out.add(key);
            }
        }
        return out;
    }

    /** The eligible keys among {@code candidates}; never empty. */
    static List<JWK> eligible(List<JWK> candidates, String alg, String kid, String fp) throws TokenRejectedException {
        List<JWK> out = new ArrayList<>(candidates.size());
        String why = null;
        for (JWK key : candidates) {
            String problem = problem(key, alg);
            if (problem == null) {
                out.add(key);
            } else if (why == null) {
                why = problem;
            }
        }
        if (out.isEmpty()) {
            if (kid == null) {
                throw RejectReason.UNKNOWN_KEY.reject(fp, "token has no kid and no JWKS key can verify " + alg);
            }
            throw RejectReason.KEY_MISMATCH.reject(fp, "JWKS key " + Safe.quote(kid) + " cannot verify this token: " + why);
        }
        return out;
    }

    private static String problem(JWK key, String alg) {
        if (key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse())) {
            return "it is an encryption key (use " + key.getKeyUse().identifier() + ")";
        }
        if (key.getKeyOperations() != null && !key.getKeyOperations().contains(KeyOperation.VERIFY)) {
            return "its key_ops do not include verify";
        }
        if (key.getAlgorithm() != null && !alg.equals(key.getAlgorithm().getName())) {
            return "it is declared for " + key.getAlgorithm().getName() + ", the token uses " + alg;
        }
        return JwsAlgorithms.keyMismatch(key, alg);
    }
}
