package dev.warden.agent.identity;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import dev.warden.agent.config.ConfigException;
import java.text.ParseException;

/** Parses and vets a JWKS document, whichever source it came from. */
final class JwksParser {

    /** A public JWKS is a few KiB; anything this large is not one. */
    static final int MAX_JWKS_CHARS = 1024 * 1024;

    private JwksParser() {
    }

    /**
     * @param where names the origin in error messages (e.g. {@code JWKS file /etc/warden/jwks.json})
     * @throws ConfigException if the text is not a usable public key set
     */
    static JWKSet parse(String text, String where) {
        if (text.length() > MAX_JWKS_CHARS) {
            throw new ConfigException(where + " is larger than " + MAX_JWKS_CHARS + " characters; it is not a JWKS.");
        }
        JWKSet set;
        try {
            set = JWKSet.parse(text);
        } catch (ParseException | RuntimeException e) {
            throw new ConfigException(where + " is not a valid JSON Web Key Set (" + e.getMessage()
                    + "). It must be the issuer's public keys: a JSON object with a \"keys\" array.");
        }
        boolean anySigningKey = false;
        for (JWK key : set.getKeys()) {
            if (key.isPrivate()) {
                throw new ConfigException(where + " holds private or symmetric key material (kid "
                        + key.getKeyID() + "). Publish only the issuer's public keys; remove the secret from this file.");
            }
            anySigningKey |= !KeyUse.ENCRYPTION.equals(key.getKeyUse());
        }
        if (!anySigningKey) {
            throw new ConfigException(where + " holds no signature-verification key (it is empty or holds only"
                    + " 'use: enc' keys). Point Warden at the issuer's signing keys.");
        }
        return set;
    }
}
