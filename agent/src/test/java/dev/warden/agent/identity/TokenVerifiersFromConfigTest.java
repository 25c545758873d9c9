package dev.warden.agent.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.agent.config.ConfigException;
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
    void missingJwksFileFailsAtConstructionNamingTheFile() {
        Path missing = dir.resolve("missing-jwks.json");
        WardenConfig c = ConfigLoader.load("jwks=" + missing + ",issuer=i,audience=a", Map.of(), Map.of());
        ConfigException e = assertThrows(ConfigException.class, () -> TokenVerifiers.fromConfig(c));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }
}
