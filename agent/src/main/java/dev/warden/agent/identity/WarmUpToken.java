package dev.warden.agent.identity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Tokens for {@link JwksTokenVerifier#warmUp}: well-formed, with a signature of the algorithm's
 * usual length that is filler, so verification runs up to and including the signature check and
 * fails there. No key signed them; none can.
 */
final class WarmUpToken {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String PAYLOAD = "{\"iss\":\"warden-warm-up\",\"sub\":\"warm-up\",\"aud\":\"warm-up\",\"exp\":0}";

    private WarmUpToken() {
    }

    static String forAlgorithm(String alg) {
        // RSA-2048 signatures are 256 bytes; ES256 is r||s, 64 bytes; the rest only need to be well-formed
        int length = alg.startsWith("RS") || alg.startsWith("PS") ? 256 : alg.equals("ES256") ? 64 : 32;
        byte[] filler = new byte[length];
        Arrays.fill(filler, (byte) 1);
        return encode("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}") + "." + encode(PAYLOAD) + "." + BASE64URL.encodeToString(filler);
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
