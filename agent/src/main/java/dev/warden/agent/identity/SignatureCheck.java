package dev.warden.agent.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import java.util.List;

/**
 * The cryptographic check, through Nimbus. The header handed to Nimbus is rebuilt from the vetted
 * algorithm alone, so nothing else the sender put in the header can steer verification.
 */
final class SignatureCheck {

    private SignatureCheck() {
    }

    /** @return the key that verified the signature */
    static JWK verify(List<JWK> keys, String alg, CompactJws jws, String fp) throws TokenRejectedException {
        if (jws.signatureSegment().isEmpty()) {
            throw RejectReason.BAD_SIGNATURE.reject(fp, "token has an empty signature");
        }
        jws.signature(); // canonical base64url or malformed
        JWSHeader header = new JWSHeader(JWSAlgorithm.parse(alg));
        byte[] input = jws.signingInput();
        Base64URL signature = new Base64URL(jws.signatureSegment());
        for (JWK key : keys) {
            try {
                if (verifier(key).verify(header, input, signature)) {
                    return key;
                }
            } catch (JOSEException e) {
                // An unusable key or a signature of the wrong shape: treat as not verified by this key.
            }
        }
        throw RejectReason.BAD_SIGNATURE.reject(fp, "token signature does not verify with JWKS key "
                + Safe.quote(keys.get(0).getKeyID()) + (keys.size() > 1 ? " or " + (keys.size() - 1) + " other(s)" : ""));
    }

    private static JWSVerifier verifier(JWK key) throws JOSEException {
        if (key instanceof RSAKey rsa) {
            return new RSASSAVerifier(rsa.toRSAPublicKey());
        }
        return new ECDSAVerifier(((ECKey) key).toECPublicKey());
    }
}
