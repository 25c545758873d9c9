package dev.warden.agent.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The keys named by the cases' conventions, generated once per test run. */
final class TestKeys {

    static final RSAKey K1 = rsa("rsa-2025-01", JWSAlgorithm.RS256, KeyUse.SIGNATURE);
    static final ECKey K2 = ec("ec-2025-01");
    static final RSAKey K3 = rsa("rsa-2025-02", JWSAlgorithm.RS256, KeyUse.SIGNATURE);
    static final RSAKey KENC = rsaEnc("rsa-enc-01");
    /** The attacker's key: never published in any JWKS. */
    static final RSAKey A = rsa("attacker-01", JWSAlgorithm.RS256, KeyUse.SIGNATURE);

    private TestKeys() {
    }

    static JWK byName(String name) {
        return switch (name) {
            case "K1" -> K1;
            case "K2" -> K2;
            case "K3" -> K3;
            case "KENC" -> KENC;
            case "A" -> A;
            default -> throw new IllegalArgumentException("no test key named " + name);
        };
    }

    /** Writes the public parts of the named keys as a JWKS file. */
    static Path writeJwks(Path file, JWK... keys) {
        List<JWK> pub = new ArrayList<>();
        for (JWK key : keys) {
            pub.add(key.toPublicJWK());
        }
        try {
            Files.writeString(file, new JWKSet(pub).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static RSAKey rsa(String kid, JWSAlgorithm alg, KeyUse use) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).algorithm(alg).keyUse(use).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsaEnc(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).algorithm(JWEAlgorithm.RSA_OAEP_256).keyUse(KeyUse.ENCRYPTION)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey ec(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(kid).algorithm(JWSAlgorithm.ES256).keyUse(KeyUse.SIGNATURE)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
