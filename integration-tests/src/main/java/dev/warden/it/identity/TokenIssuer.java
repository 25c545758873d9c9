package dev.warden.it.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * A test token issuer: one RSA key, its public JWKS file, and RS256 tokens for
 * {@link Identities#ISSUER} and {@link Identities#AUDIENCE}. Two issuers generated with the same
 * key id stand for the real issuer and an impostor whose signatures must not verify.
 */
public final class TokenIssuer {

    /** Longer than any sensible clock-skew allowance, so "expired" is unambiguous. */
    private static final Duration EXPIRED_AGO = Duration.ofMinutes(30);

    private final RSAKey key;
    private final String issuer;
    private final String audience;

    private TokenIssuer(RSAKey key, String issuer, String audience) {
        this.key = key;
        this.issuer = issuer;
        this.audience = audience;
    }

    /** A fresh RSA-2048 key with {@code keyId}, issuing for the test issuer and audience. */
    public static TokenIssuer generate(String keyId) {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
            return new TokenIssuer(key, Identities.ISSUER, Identities.AUDIENCE);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key for the test issuer", e);
        }
    }

    /** Writes the public half of the key as a JWKS document and returns {@code file}. */
    public Path writeJwks(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, new JWKSet(key.toPublicJWK()).toString(true), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the JWKS file " + file, e);
        }
    }

    /** A valid token for {@code subject}, usable for {@code validFor} from now. */
    public String mint(String subject, Duration validFor) {
        Instant now = Instant.now();
        return sign(claims(subject, now.minusSeconds(5), now.plus(validFor)));
    }

    /** A token for {@code subject} whose {@code exp} passed half an hour ago. */
    public String mintExpired(String subject) {
        Instant expiredAt = Instant.now().minus(EXPIRED_AGO);
        return sign(claims(subject, expiredAt.minus(Duration.ofHours(1)), expiredAt));
    }

    private JWTClaimsSet claims(String subject, Instant issuedAt, Instant expiresAt) {
        return new JWTClaimsSet.Builder()
            .issuer(issuer)
            .audience(audience)
            .subject(subject)
            .issueTime(Date.from(issuedAt))
            .notBeforeTime(Date.from(issuedAt))
            .expirationTime(Date.from(expiresAt))
            .jwtID(UUID.randomUUID().toString())
            .build();
    }

    private String sign(JWTClaimsSet claims) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
        return jwt.serialize();
    }
}
