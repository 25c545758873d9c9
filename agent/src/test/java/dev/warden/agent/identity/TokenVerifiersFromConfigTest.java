package dev.warden.agent.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.agent.config.ConfigLoader;
import dev.warden.agent.config.WardenConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenVerifiersFromConfigTest {

    @TempDir
    Path dir;

    @Test
    void withoutJwksEveryTokenIsRejectedAsNotConfigured() {
        TokenVerifier v = TokenVerifiers.fromConfig(ConfigLoader.load(null, Map.of(), Map.of()));
        TokenRejectedException e = assertThrows(TokenRejectedException.class, () -> v.verify("a.b.c"));
        assertEquals("not_configured", e.reason());
        assertEquals(TokenFingerprint.of("a.b.c"), e.fingerprint());
    }

    @Test
    void configuredVerifierAcceptsTheBaselineToken() throws Exception {
        Path jwks = TestKeys.writeJwks(dir.resolve("jwks.json"), TestKeys.K1);
        WardenConfig c = ConfigLoader.load(null, Map.of("warden.jwks", jwks.toString(),
                "warden.issuer", TokenFixture.ISSUER, "warden.audience", TokenFixture.AUDIENCE), Map.of());
        assertEquals("svc-ingest@example.com", TokenVerifiers.fromConfig(c).verify(new TokenFixture().signedByK1()).subject());
    }

    @Test
    void aJwksFileMissingAtStartRefusesTokensAsKeysUnavailableNamingTheFileUntilItAppears() throws Exception {
        Path jwks = dir.resolve("jwks.json");
        WardenConfig c = ConfigLoader.load("jwks=" + jwks + ",issuer=" + TokenFixture.ISSUER + ",audience="
            + TokenFixture.AUDIENCE, Map.of(), Map.of());
        TokenVerifier v = TokenVerifiers.fromConfig(c);
        String token = new TokenFixture().signedByK1();

        TokenRejectedException refused = assertThrows(TokenRejectedException.class, () -> v.verify(token));
        assertEquals("keys_unavailable", refused.reason());
        assertTrue(refused.getMessage().contains(jwks.toString()), refused.getMessage());

        TestKeys.writeJwks(jwks, TestKeys.K1); // mounted late, or fixed by an operator: no restart needed
        assertEquals("svc-ingest@example.com", v.verify(token).subject());
    }

    @Test
    void aJwksFileBrokenAtStartIsReadAgainOnceItIsFixed() throws Exception {
        Path jwks = java.nio.file.Files.writeString(dir.resolve("jwks.json"), "{\"keys\": [");
        WardenConfig c = ConfigLoader.load("jwks=" + jwks + ",issuer=" + TokenFixture.ISSUER + ",audience="
            + TokenFixture.AUDIENCE, Map.of(), Map.of());
        TokenVerifier v = TokenVerifiers.fromConfig(c);
        String token = new TokenFixture().signedByK1();

        assertEquals("keys_unavailable", assertThrows(TokenRejectedException.class, () -> v.verify(token)).reason());
        assertEquals("keys_unavailable", assertThrows(TokenRejectedException.class, () -> v.verify(token)).reason(),
            "an unchanged broken file stays refused");

        TestKeys.writeJwks(jwks, TestKeys.K1);
        assertEquals("svc-ingest@example.com", v.verify(token).subject());
    }
}
