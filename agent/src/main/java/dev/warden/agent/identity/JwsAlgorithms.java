package dev.warden.agent.identity;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JWS algorithms Warden can verify, and which key each needs. Asymmetric only: HMAC (HS*)
 * would need a shared secret and invites the RSA-public-key-as-HMAC-secret confusion; {@code none}
 * is never an algorithm. Names are case-sensitive, as RFC 7515 says.
 */
public final class JwsAlgorithms {

    private static final Set<String> RSA_ALGS = Set.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512");

    /** EC alg -> the one curve it is defined for (RFC 7518 3.4). */
    private static final Map<String, Curve> EC_ALGS = Map.of(
            "ES256", Curve.P_256, "ES384", Curve.P_384, "ES512", Curve.P_521);

    static final int MIN_RSA_BITS = 2048;

    private JwsAlgorithms() {
    }

    /** Every algorithm name that may appear in the allow-list, sorted. */
    public static Set<String> supported() {
        Set<String> all = new TreeSet<>(RSA_ALGS);
        all.addAll(EC_ALGS.keySet());
        return all;
    }

    public static boolean isSupported(String alg) {
        return RSA_ALGS.contains(alg) || EC_ALGS.containsKey(alg);
    }

    /** Why {@code key} cannot verify {@code alg}, or {@code null} if it can. */
    static String keyMismatch(JWK key, String alg) {
        if (RSA_ALGS.contains(alg)) {
            if (!(key instanceof RSAKey rsa)) {
                return alg + " needs an RSA key, the key is " + key.getKeyType();
            }
            return rsa.size() < MIN_RSA_BITS ? "RSA key of " + rsa.size() + " bits is below " + MIN_RSA_BITS : null;
        }
        if (!(key instanceof ECKey ec)) {
            return alg + " needs an EC key, the key is " + key.getKeyType();
        }
        Curve wanted = EC_ALGS.get(alg);
        return wanted.equals(ec.getCurve()) ? null : alg + " needs curve " + wanted + ", the key is on " + ec.getCurve();
    }
}
