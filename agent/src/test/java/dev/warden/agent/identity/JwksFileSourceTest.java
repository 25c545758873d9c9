package dev.warden.agent.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.agent.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading keys from a JWKS file: clear errors at start, rotation and refresh afterwards. */
class JwksFileSourceTest {

    @TempDir
    Path dir;

    private ConfigException failsWith(String content) throws Exception {
        Path file = dir.resolve("jwks.json");
        Files.writeString(file, content);
        ConfigException e = assertThrows(ConfigException.class, () -> new JwksFileSource(file));
        assertTrue(e.getMessage().contains(file.toAbsolutePath().toString()), e.getMessage());
        return e;
    }

    @Test
    void missingFileNamesTheFile() {
        Path file = dir.resolve("nope.json");
        ConfigException e = assertThrows(ConfigException.class, () -> new JwksFileSource(file));
        assertTrue(e.getMessage().contains(file.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("cannot be read"), e.getMessage());
    }

    @Test
    void directoryIsNotAJwksFile() {
        ConfigException e = assertThrows(ConfigException.class, () -> new JwksFileSource(dir));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
    }

    @Test
    void invalidJsonIsRejected() throws Exception {
        assertTrue(failsWith("{\"keys\": [").getMessage().contains("not a valid JSON Web Key Set"));
        assertTrue(failsWith("[]").getMessage().contains("not a valid JSON Web Key Set"));
    }

    @Test
    void emptyKeySetIsRejected() throws Exception {
        assertTrue(failsWith("{\"keys\": []}").getMessage().contains("no signature-verification key"));
    }

    @Test
    void setOfOnlyEncryptionKeysIsRejected() throws Exception {
        String enc = "{\"keys\":[" + TestKeys.KENC.toPublicJWK().toJSONString() + "]}";
        assertTrue(failsWith(enc).getMessage().contains("no signature-verification key"));
    }

    @Test
    void privateKeyMaterialIsRejected() throws Exception {
        String priv = "{\"keys\":[" + TestKeys.K1.toJSONString() + "]}";
        assertTrue(failsWith(priv).getMessage().contains("private or symmetric key material"));
        String oct = "{\"keys\":[{\"kty\":\"oct\",\"kid\":\"s\",\"k\":\"c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA\"}]}";
        assertTrue(failsWith(oct).getMessage().contains("private or symmetric key material"));
    }

    @Test
    void unknownKidRereadsAChangedFile() {
        Path file = TestKeys.writeJwks(dir.resolve("jwks.json"), TestKeys.K1);
        JwksFileSource source = new JwksFileSource(file);
        TestKeys.writeJwks(file, TestKeys.K1, TestKeys.K3);
        assertEquals(2, source.keysAfterUnknownKid().getKeys().size());
    }

    @Test
    void refreshIntervalRereadsTheFile() {
        MutableClock clock = MutableClock.atNow();
        Path file = TestKeys.writeJwks(dir.resolve("jwks.json"), TestKeys.K1);
        JwksFileSource source = new JwksFileSource(file, Duration.ofMinutes(5), clock);
        TestKeys.writeJwks(file, TestKeys.K3);
        assertEquals("rsa-2025-01", source.keys().getKeys().get(0).getKeyID());
        clock.advance(Duration.ofMinutes(5));
        assertEquals("rsa-2025-02", source.keys().getKeys().get(0).getKeyID());
    }

    @Test
    void brokenFileOnRefreshKeepsTheLastGoodKeys() throws Exception {
        MutableClock clock = MutableClock.atNow();
        Path file = TestKeys.writeJwks(dir.resolve("jwks.json"), TestKeys.K1);
        JwksFileSource source = new JwksFileSource(file, Duration.ofMinutes(5), clock);
        Files.writeString(file, "not json");
        clock.advance(Duration.ofMinutes(5));
        assertEquals("rsa-2025-01", source.keys().getKeys().get(0).getKeyID());
    }
}
