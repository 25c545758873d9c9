package dev.warden.agent.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of jwt.jsonl turned into real tokens and a real verifier: header and payload (or the
 * exact raw bytes), {"$t":N} times relative to the test clock, the signing the case describes, and
 * a JWKS file holding the trusted keys.
 */
final class JwtCase {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TIME = Pattern.compile("\\{\"\\$t(str)?\":\\s*(-?\\d+)}");

    final JsonNode node;
    final MutableClock clock = MutableClock.atNow();
    private final Path dir;

    JwtCase(JsonNode node, Path dir) {
        this.node = node;
        this.dir = dir;
    }

    String id() {
        return node.get("id").asText();
    }

    JsonNode input() {
        return node.get("input");
    }

    String expectedDecision() {
        return node.get("expected").get("decision").asText();
    }

    boolean lenient() {
        return node.path("lenient").asBoolean(false);
    }

    VerifierSettings settings() {
        JsonNode trust = input().get("trust");
        Set<String> algs = new HashSet<>();
        trust.get("allowed_algs").forEach(a -> algs.add(a.asText()));
        return new VerifierSettings(trust.get("issuer").asText(), trust.get("audience").asText(),
                Duration.ofSeconds(trust.get("leeway_s").asLong()), algs);
    }

    /** A verifier trusting exactly {@code keys}, over a JWKS file in the test's folder. */
    JwksTokenVerifier verifierTrusting(Path jwksFile, JWK... keys) {
        TestKeys.writeJwks(jwksFile, keys);
        return new JwksTokenVerifier(new JwksFileSource(jwksFile, JwksFileSource.DEFAULT_REFRESH, clock), settings(),
                clock);
    }

    JwksTokenVerifier verifier() {
        List<JWK> keys = new ArrayList<>();
        for (JsonNode name : input().get("trust").get("jwks")) {
            keys.add(TestKeys.byName(name.asText().split(" ")[0]));
        }
        return verifierTrusting(dir.resolve("jwks.json"), keys.toArray(JWK[]::new));
    }

    /** The header as the case gives it, with placeholders for generated key material filled in. */
    ObjectNode header() {
        ObjectNode header = input().get("header").deepCopy();
        JsonNode jwk = header.get("jwk");
        if (jwk instanceof ObjectNode embedded && embedded.path("n").asText().startsWith("<A ")) {
            embedded.put("n", TestKeys.A.getModulus().toString());
            embedded.put("e", TestKeys.A.getPublicExponent().toString());
        }
        return header;
    }

    /** The exact payload JSON: raw_payload if given, else the payload object; times resolved. */
    String payloadJson() {
        if (node.has("raw_payload")) {
            return resolveTimes(node.get("raw_payload").asText());
        }
        return payloadJson(input().get("payload"));
    }

    String payloadJson(JsonNode payload) {
        ObjectNode copy = payload.deepCopy();
        JsonNode pad = copy.get("pad");
        if (pad != null && pad.asText().startsWith("<1,048,576")) {
            copy.put("pad", "A".repeat(1_048_576));
        }
        return resolveTimes(copy.toString());
    }

    String rawHeaderOr(ObjectNode header) {
        return node.has("raw_header") ? resolveTimes(node.get("raw_header").asText()) : header.toString();
    }

    private String resolveTimes(String json) {
        Matcher m = TIME.matcher(json);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long t = clock.epochSecond() + Long.parseLong(m.group(2));
            m.appendReplacement(out, m.group(1) != null ? "\"" + t + "\"" : Long.toString(t));
        }
        return m.appendTail(out).toString();
    }

    /** The signing the case's text describes, for the header's alg. */
    TokenForge.Signer signer(String alg) {
        String signing = input().get("signing").asText();
        if (signing.startsWith("unsigned")) {
            return TokenForge.unsigned();
        }
        if (signing.startsWith("HMAC-SHA256 with a zero-length key")) {
            return TokenForge.hs256(new byte[0]);
        }
        JWK key = signing.contains("attacker key A") ? TestKeys.A
                : signing.contains("K3") ? TestKeys.K3
                : signing.contains("K2") ? TestKeys.K2 : TestKeys.K1;
        return TokenForge.jws(alg, key);
    }

    String token(ObjectNode header, String payloadJson) {
        return TokenForge.token(rawHeaderOr(header), payloadJson, signer(header.get("alg").asText()));
    }

    static ArrayNode array(String... values) {
        ArrayNode out = JSON.createArrayNode();
        for (String v : values) {
            out.add(v);
        }
        return out;
    }
}
