package dev.warden.agent.identity;

import static dev.warden.agent.identity.TokenFixture.reasonFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.jwk.RSAKey;
import dev.warden.agent.config.ConfigException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The families the JWT cases stand for, beyond the one token each case names. */
class JwksTokenVerifierTest {

    @TempDir
    Path dir;
    final TokenFixture f = new TokenFixture();

    @Test
    void acceptsEs256SignedByTheEcKeyAndMapsGroupsAndClaims() throws Exception {
        f.header.put("alg", "ES256").put("kid", "ec-2025-01");
        f.payload.putArray("groups").add("ingest").add("readers");
        f.payload.put("tenant", "acme").put("level", 3).put("admin", false).putObject("nested").put("x", 1);
        VerifiedToken t = f.verifier(dir).verify(f.signedBy(TestKeys.K2));
        assertEquals("svc-ingest@example.com", t.subject());
        assertEquals(TokenFixture.ISSUER, t.issuer());
        assertEquals(List.of("ingest", "readers"), t.groups());
        assertEquals("acme", t.claims().get("tenant"));
        assertEquals("3", t.claims().get("level"));
        assertEquals("false", t.claims().get("admin"));
        assertEquals(null, t.claims().get("nested"));
        assertEquals(f.payload.get("exp").asLong(), t.expiresAtEpochSecond());
    }

    @Test
    void hs256SignedWithTheRsaPublicKeyBytesIsRejected() {
        byte[] der = TestKeys.K1.toPublicJWK().toRSAKey().getModulus().decode();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(publicDer()) + "\n-----END PUBLIC KEY-----\n";
        f.header.put("alg", "HS256");
        var v = f.verifier(dir);
        for (byte[] secret : List.of(publicDer(), pem.getBytes(StandardCharsets.US_ASCII), der,
                TestKeys.K1.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8))) {
            String token = TokenForge.token(f.header.toString(), f.payload.toString(), TokenForge.hs256(secret));
            assertEquals("unsupported_alg", reasonFor(v, token));
        }
    }

    private static byte[] publicDer() {
        try {
            return TestKeys.K1.toRSAPublicKey().getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rs256", "Rs256", "RS256 ", "HS256", "HS512", "PS256", "EdDSA", "none", "NONE", ""})
    void algNotExactlyInTheAllowListIsRejected(String alg) {
        f.header.put("alg", alg);
        String token = TokenForge.token(f.header.toString(), f.payload.toString(), TokenForge.jws("RS256", TestKeys.K1));
        assertEquals("unsupported_alg", reasonFor(f.verifier(dir), token));
    }

    @Test
    void missingOrNonStringAlgIsRejected() {
        f.header.remove("alg");
        var v = f.verifier(dir);
        assertEquals("unsupported_alg", reasonFor(v, TokenForge.token(f.header.toString(), f.payload.toString(),
                TokenForge.jws("RS256", TestKeys.K1))));
        f.header.putArray("alg").add("RS256");
        assertEquals("unsupported_alg", reasonFor(v, TokenForge.token(f.header.toString(), f.payload.toString(),
                TokenForge.jws("RS256", TestKeys.K1))));
    }

    @Test
    void algMustFitTheKeyTypeNamedByKid() {
        var v = f.verifier(dir);
        f.header.put("alg", "ES256"); // RSA key K1 named by kid
        assertEquals("key_mismatch", reasonFor(v, f.signedBy(TestKeys.K2)));
        f.header.put("alg", "RS256").put("kid", "ec-2025-01"); // EC key named, RSA alg
        assertEquals("key_mismatch", reasonFor(v, f.signedBy(TestKeys.K1)));
    }

    @Test
    void encryptionKeyFromTheJwksIsNeverUsedToVerify() {
        f.header.put("kid", "rsa-enc-01");
        assertEquals("key_mismatch", reasonFor(f.verifier(dir), f.signedBy(TestKeys.KENC)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jwk", "jku", "x5u"})
    void headerPointingAtItsOwnKeyIsRejectedEvenWhenSignedByTheTrustedKey(String name) {
        if (name.equals("jwk")) {
            f.header.set(name, JwtCase.JSON.valueToTree(TestKeys.K1.toPublicJWK().toJSONObject()));
        } else {
            f.header.put(name, "https://attacker.example/keys");
        }
        assertEquals("embedded_key", reasonFor(f.verifier(dir), f.signedByK1()));
    }

    @Test
    void attackerKeyWithCopiedKidFailsTheSignature() {
        assertEquals("bad_signature", reasonFor(f.verifier(dir), f.signedBy(TestKeys.A)));
    }

    @Test
    void unknownKidIsRejected() {
        f.header.put("kid", "rsa-2025-02");
        assertEquals("unknown_key", reasonFor(f.verifier(dir), f.signedBy(TestKeys.K3)));
    }

    @Test
    void tokenWithoutKidVerifiesWithTheOnlyEligibleKey() throws Exception {
        f.header.remove("kid");
        assertEquals("svc-ingest@example.com", f.verifier(dir).verify(f.signedByK1()).subject());
    }

    @ParameterizedTest
    @ValueSource(strings = {"JWT", "jwt", "at+jwt", "application/at+jwt", "application/jwt"})
    void jwtMediaTypesAreAccepted(String typ) throws Exception {
        f.header.put("typ", typ);
        f.verifier(dir).verify(f.signedByK1());
    }

    @ParameterizedTest
    @ValueSource(strings = {"JOSE", "dpop+jwt", "secevent+jwt", ""})
    void otherTypIsRejected(String typ) {
        f.header.put("typ", typ);
        assertEquals("wrong_type", reasonFor(f.verifier(dir), f.signedByK1()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zip", "b64", "crit", "enc"})
    void headersChangingHowTheTokenIsReadAreRejected(String name) {
        f.header.put(name, name.equals("b64") ? "true" : "DEF");
        assertEquals("unsupported_header", reasonFor(f.verifier(dir), f.signedByK1()));
    }

    @Test
    void issuerMustMatchExactly() {
        var v = f.verifier(dir);
        for (String iss : List.of("https://issuer.example.com/", "HTTPS://issuer.example.com", "https://evil.example.com")) {
            f.payload.put("iss", iss);
            assertEquals("wrong_issuer", reasonFor(v, f.signedByK1()));
        }
        f.payload.remove("iss");
        assertEquals("wrong_issuer", reasonFor(v, f.signedByK1()));
    }

    @Test
    void audienceListReachesThePolicyAsTheVerifiedAudiences() throws Exception {
        f.payload.putArray("aud").add("billing-service").add("chunking-service");
        VerifiedToken t = f.verifier(dir).verify(f.signedByK1());
        assertEquals("billing-service chunking-service", t.claims().get("aud"));
        assertEquals(List.of("billing-service", "chunking-service"),
            new dev.warden.policy.Principal(t.subject(), t.issuer(), t.groups(), t.claims()).audiences());
    }

    @Test
    void audienceMustContainOurs() {
        var v = f.verifier(dir);
        f.payload.putArray("aud").add("billing-service");
        assertEquals("wrong_audience", reasonFor(v, f.signedByK1()));
        f.payload.putArray("aud");
        assertEquals("wrong_audience", reasonFor(v, f.signedByK1()));
        f.payload.putArray("aud").addArray().add("chunking-service"); // nested array is not containment
        assertEquals("wrong_audience", reasonFor(v, f.signedByK1()));
        f.payload.put("aud", "chunking-service-2");
        assertEquals("wrong_audience", reasonFor(v, f.signedByK1()));
    }

    @Test
    void expIsRequiredAndMustBeANumber() {
        var v = f.verifier(dir);
        long exp = f.payload.get("exp").asLong();
        f.payload.put("exp", Long.toString(exp));
        assertEquals("invalid_claim", reasonFor(v, f.signedByK1()));
        f.payload.remove("exp");
        assertEquals("missing_expiry", reasonFor(v, f.signedByK1()));
    }

    @Test
    void expiryWithinTheClockSkewIsToleratedAndBeyondIsNot() throws Exception {
        var v = f.verifier(dir);
        f.payload.put("exp", f.clock.epochSecond() - 30);
        v.verify(f.signedByK1());
        f.payload.put("exp", f.clock.epochSecond() - 61);
        assertEquals("expired", reasonFor(v, f.signedByK1()));
    }

    @Test
    void issuedInTheFutureIsNotYetValid() {
        f.payload.put("iat", f.clock.epochSecond() + 3600);
        assertEquals("not_yet_valid", reasonFor(f.verifier(dir), f.signedByK1()));
    }

    @Test
    void subjectIsRequiredAndNonBlank() {
        var v = f.verifier(dir);
        f.payload.put("sub", "  ");
        assertEquals("missing_subject", reasonFor(v, f.signedByK1()));
        f.payload.put("sub", 42);
        assertEquals("missing_subject", reasonFor(v, f.signedByK1()));
        f.payload.remove("sub");
        assertEquals("missing_subject", reasonFor(v, f.signedByK1()));
    }

    @Test
    void groupsMustBeAnArrayOfStrings() {
        f.payload.putArray("groups").add("ok").add(7);
        assertEquals("invalid_claim", reasonFor(f.verifier(dir), f.signedByK1()));
    }

    @Test
    void structurallyBrokenTokensAreMalformed() {
        var v = f.verifier(dir);
        String good = f.signedByK1();
        String[] p = good.split("\\.");
        for (String bad : List.of("abc", p[0] + "." + p[1], good + ".x.y", p[0] + "=." + p[1] + "." + p[2],
                p[0] + "." + p[1] + "." + p[2] + "=", "e30." + p[1] + "." + p[2], "W10." + p[1] + "." + p[2],
                TokenForge.b64("{\"alg\":\"RS256\",\"alg\":\"RS256\"}") + "." + p[1] + "." + p[2])) {
            assertEquals(List.of("malformed", "unsupported_alg").contains(reasonFor(v, bad)), true, bad);
        }
        assertEquals("malformed", reasonFor(v, p[0] + "." + p[1] + "." + p[2] + "." + p[2] + "." + p[2]));
        assertEquals("malformed", reasonFor(v, TokenForge.b64("{\"alg\":\"RS256\",\"alg\":\"none\"}") + "." + p[1] + "." + p[2]));
        assertEquals("malformed", reasonFor(v, ""));
    }

    @Test
    void emptySignatureIsBadSignature() {
        String good = f.signedByK1();
        assertEquals("bad_signature", reasonFor(f.verifier(dir), good.substring(0, good.lastIndexOf('.') + 1)));
    }

    @Test
    void tokenOverTheSizeCapIsRejectedBeforeDecoding() {
        String huge = "x".repeat(JwksTokenVerifier.MAX_TOKEN_CHARS + 1); // not even a JWS: size is checked first
        assertEquals("too_large", reasonFor(f.verifier(dir), huge));
    }

    @Test
    void rejectionCarriesTheTokensFingerprint() {
        String token = f.signedBy(TestKeys.A);
        TokenRejectedException e = assertThrows(TokenRejectedException.class, () -> f.verifier(dir).verify(token));
        assertEquals(TokenFingerprint.of(token), e.fingerprint());
    }

    @Test
    void settingsRefuseNoneHmacAndUnknownAlgorithmsAndExcessiveSkew() {
        for (String alg : List.of("none", "HS256", "rs256", "EdDSA")) {
            assertThrows(ConfigException.class, () -> new VerifierSettings("i", "a", Duration.ZERO, Set.of(alg)), alg);
        }
        assertThrows(ConfigException.class, () -> new VerifierSettings("i", "a", Duration.ofSeconds(301), Set.of("RS256")));
        assertThrows(ConfigException.class, () -> new VerifierSettings("i", "a", Duration.ZERO, Set.of()));
        assertThrows(ConfigException.class, () -> new VerifierSettings(null, "a", Duration.ZERO, Set.of("RS256")));
        assertThrows(ConfigException.class, () -> new VerifierSettings("i", " ", Duration.ZERO, Set.of("RS256")));
    }

    @Test
    void smallRsaKeysAreNotEligible() throws Exception {
        RSAKey weak = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(1024, true).keyID("weak").generate();
        f.header.put("kid", "weak");
        String token = TokenForge.token(f.header.toString(), f.payload.toString(), TokenForge.rs256(weak.toPrivateKey()));
        assertEquals("key_mismatch", reasonFor(f.verifier(dir, 60, weak), token));
    }

}
