package dev.warden.agent.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds real compact tokens from exact header and payload bytes, signed any way a case asks,
 * including the ways a correct verifier must refuse (HMAC with an RSA public key, unsigned).
 */
final class TokenForge {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private TokenForge() {
    }

    static String b64(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** header.payload.signature where the signature is made by {@code signer} over header.payload. */
    static String token(String headerJson, String payloadJson, Signer signer) {
        String input = b64(headerJson) + "." + b64(payloadJson);
        return input + "." + signer.sign(input.getBytes(StandardCharsets.US_ASCII));
    }

    @FunctionalInterface
    interface Signer {
        String sign(byte[] signingInput);
    }

    static Signer unsigned() {
        return input -> "";
    }

    /** RS*, PS* with an RSA key, ES* with an EC key, through Nimbus. */
    static Signer jws(String alg, JWK key) {
        return input -> {
            try {
                JWSHeader header = new JWSHeader(JWSAlgorithm.parse(alg));
                return (key instanceof RSAKey rsa ? new RSASSASigner(rsa) : new ECDSASigner((ECKey) key))
                        .sign(header, input).toString();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** RS256 straight through the JDK, for keys Nimbus refuses to sign with (e.g. 1024-bit RSA). */
    static Signer rs256(java.security.PrivateKey key) {
        return input -> {
            try {
                java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
                rsa.initSign(key);
                rsa.update(input);
                return B64.encodeToString(rsa.sign());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** HMAC-SHA256 with raw key bytes; an empty key equals one zero byte for HMAC (RFC 2104 pads keys with zeros). */
    static Signer hs256(byte[] key) {
        return input -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA256"));
                return B64.encodeToString(mac.doFinal(input));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
