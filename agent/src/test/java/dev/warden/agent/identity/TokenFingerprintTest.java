package dev.warden.agent.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class TokenFingerprintTest {

    @Test
    void fingerprintIsSha256PrefixOf16HexChars() {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assertEquals("sha256:ba7816bf8f01cfea", TokenFingerprint.of("abc"));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            HexFormat.of().formatHex(TokenFingerprint.sha256("abc")));
    }

    @Test
    void everyTokenHashesAsTheSha256OfItsUtf8BytesWhateverItsLengthOrCharacters() throws Exception {
        for (String token : new String[] {"a", "eyJhbGciOiJSUzI1NiJ9.e30.sig", "tök€n-𝄞", "x".repeat(8 * 1024),
            "y".repeat(8 * 1024 + 1), "z".repeat(20_000) + "é"}) {
            byte[] expected = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            assertArrayEquals(expected, TokenFingerprint.sha256(token), () -> token.length() + " chars");
        }
    }

    @Test
    void aLongTokenHashedBeforeAShortOneLeavesNothingBehindInTheReusedBuffer() {
        byte[] alone = TokenFingerprint.sha256("short");
        TokenFingerprint.sha256("q".repeat(5000));

        assertArrayEquals(alone, TokenFingerprint.sha256("short"));
        assertNotEquals(TokenFingerprint.of("short"), TokenFingerprint.of("shorT"));
    }

    @Test
    void threadsHashIndependently() throws Exception {
        CompletableFuture<byte[]> other = CompletableFuture.supplyAsync(() -> TokenFingerprint.sha256("abc"));

        assertArrayEquals(TokenFingerprint.sha256("abc"), other.get());
    }
}
