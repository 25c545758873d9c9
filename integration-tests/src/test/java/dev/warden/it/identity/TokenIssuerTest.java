package dev.warden.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenIssuerTest {

    @TempDir
    Path dir;

    @Test
    void aMintedTokenVerifiesAgainstTheWrittenJwksAndCarriesTheExpectedClaims() throws Exception {
        TokenIssuer issuer = TokenIssuer.generate("k1");
        RSAKey published = (RSAKey) JWKSet.load(issuer.writeJwks(dir.resolve("jwks.json")).toFile()).getKeyByKeyId("k1");

        SignedJWT jwt = SignedJWT.parse(issuer.mint(Identities.INGEST, Duration.ofMinutes(5)));
        JWTClaimsSet claims = jwt.getJWTClaimsSet();

        assertTrue(jwt.verify(new RSASSAVerifier(published)));
        assertEquals("RS256", jwt.getHeader().getAlgorithm().getName());
        assertEquals("k1", jwt.getHeader().getKeyID());
        assertEquals(Identities.ISSUER, claims.getIssuer());
        assertEquals(List.of(Identities.AUDIENCE), claims.getAudience());
        assertEquals(Identities.INGEST, claims.getSubject());
        assertTrue(claims.getExpirationTime().after(new Date()));
    }

    @Test
    void theJwksHoldsOnlyThePublicKey() throws Exception {
        TokenIssuer issuer = TokenIssuer.generate("k1");

        JWKSet set = JWKSet.load(issuer.writeJwks(dir.resolve("jwks.json")).toFile());

        assertEquals(1, set.getKeys().size());
        assertFalse(set.getKeys().get(0).isPrivate());
    }

    @Test
    void anExpiredTokenExpiredWellBeyondAnyClockSkew() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(TokenIssuer.generate("k1").mintExpired(Identities.INGEST)).getJWTClaimsSet();

        assertTrue(claims.getExpirationTime().before(Date.from(new Date().toInstant().minus(Duration.ofMinutes(10)))));
    }

    @Test
    void anImpostorWithTheSameKeyIdDoesNotVerifyAgainstTheRealJwks() throws Exception {
        TokenIssuer real = TokenIssuer.generate("k1");
        TokenIssuer impostor = TokenIssuer.generate("k1");
        RSAKey published = (RSAKey) JWKSet.load(real.writeJwks(dir.resolve("jwks.json")).toFile()).getKeyByKeyId("k1");

        SignedJWT forged = SignedJWT.parse(impostor.mint(Identities.INGEST, Duration.ofMinutes(5)));

        assertFalse(forged.verify(new RSASSAVerifier(published)));
    }
}
