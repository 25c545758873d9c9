package dev.warden.agent.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TokenFingerprintTest {

    @Test
    void fingerprintIsSha256PrefixOf16HexChars() {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assertEquals("sha256:ba7816bf8f01cfea", TokenFingerprint.of("abc"));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenFingerprint.fullHex("abc"));
    }
}
