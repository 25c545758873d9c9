package dev.warden.agent.credential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dev.warden.agent.identity.TokenFingerprint;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretTest {

    private static final String SECRET = SecretFileTest.SECRET;

    private static Secret secret() {
        return new Secret(SECRET.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void itsStringFormIsRedacted() {
        Secret secret = secret();

        assertEquals("Secret[redacted]", secret.toString());
        assertFalse(String.valueOf(secret).contains(SECRET));
        assertFalse(("in a log line: " + secret).contains("sk-live"));
    }

    @Test
    void itsFingerprintIsTheTokenFingerprintOfItsBytes() {
        // SHA-256("abc") = ba7816bf8f01cfea...
        assertEquals("sha256:ba7816bf8f01cfea", new Secret("abc".getBytes(StandardCharsets.UTF_8)).fingerprint());
        assertEquals(TokenFingerprint.of(SECRET), secret().fingerprint());
        assertFalse(secret().fingerprint().contains(SECRET));
    }

    @Test
    void itsBytesAreACopyThatCannotChangeIt() {
        Secret secret = secret();
        byte[] taken = secret.bytes();
        taken[0] = 'X';

        assertNotSame(taken, secret.bytes());
        assertArrayEquals(SECRET.getBytes(StandardCharsets.UTF_8), secret.bytes());
    }
}
