package dev.warden.agent.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/** A trusted issuer setup like the cases' baseline, with header and payload tests can edit. */
final class TokenFixture {

    static final String ISSUER = "https://issuer.example.com";
    static final String AUDIENCE = "chunking-service";

    final MutableClock clock = MutableClock.atNow();
    final ObjectNode header = JwtCase.JSON.createObjectNode().put("alg", "RS256").put("typ", "JWT").put("kid", "rsa-2025-01");
    final ObjectNode payload;

    TokenFixture() {
        long now = clock.epochSecond();
        payload = JwtCase.JSON.createObjectNode().put("iss", ISSUER).put("sub", "svc-ingest@example.com")
                .put("aud", AUDIENCE).put("iat", now - 60).put("nbf", now - 60).put("exp", now + 600);
    }

    static VerifierSettings settings(long skewSeconds) {
        return new VerifierSettings(ISSUER, AUDIENCE, Duration.ofSeconds(skewSeconds), Set.of("RS256", "ES256"));
    }

    JwksTokenVerifier verifier(Path dir, long skewSeconds, JWK... trusted) {
        Path jwks = TestKeys.writeJwks(dir.resolve("jwks.json"), trusted);
        return new JwksTokenVerifier(new JwksFileSource(jwks, JwksFileSource.DEFAULT_REFRESH, clock),
                settings(skewSeconds), clock);
    }

    JwksTokenVerifier verifier(Path dir) {
        return verifier(dir, 60, TestKeys.K1, TestKeys.K2, TestKeys.KENC);
    }

    String signedBy(JWK key) {
        return TokenForge.token(header.toString(), payload.toString(), TokenForge.jws(header.get("alg").asText(), key));
    }

    String signedByK1() {
        return signedBy(TestKeys.K1);
    }

    static String reasonFor(TokenVerifier verifier, String token) {
        TokenRejectedException e = assertThrows(TokenRejectedException.class, () -> verifier.verify(token));
        assertFalse(!token.isEmpty() && e.getMessage().contains(token), "message never contains the token");
        return e.reason();
    }
}
