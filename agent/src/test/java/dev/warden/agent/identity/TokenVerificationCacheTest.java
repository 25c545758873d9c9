package dev.warden.agent.identity;

import static dev.warden.agent.identity.TokenFixture.reasonFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache of successful verifications: repeat sightings are cheap, but never more permissive. */
class TokenVerificationCacheTest {

    @TempDir
    Path dir;
    final TokenFixture f = new TokenFixture();

    @Test
    void repeatedTokenIsServedFromTheCache() throws Exception {
        JwksTokenVerifier v = f.verifier(dir);
        String token = f.signedByK1();
        VerifiedToken first = v.verify(token);
        assertSame(first, v.verify(token));
        assertEquals(1, v.cachedEntries());
    }

    @Test
    void cachedTokenIsRejectedOnceItExpires() throws Exception {
        JwksTokenVerifier v = f.verifier(dir, 0, TestKeys.K1);
        f.payload.put("exp", f.clock.epochSecond() + 10);
        String token = f.signedByK1();
        v.verify(token);
        f.clock.advance(Duration.ofSeconds(10));
        assertEquals("expired", reasonFor(v, token));
        assertEquals(0, v.cachedEntries());
    }

    @Test
    void afterExpInsideTheSkewTheTokenIsReverifiedNotServedFromCache() throws Exception {
        JwksTokenVerifier v = f.verifier(dir, 60, TestKeys.K1);
        f.payload.put("exp", f.clock.epochSecond() + 10);
        String token = f.signedByK1();
        VerifiedToken first = v.verify(token);
        f.clock.advance(Duration.ofSeconds(30));
        assertNotSame(first, v.verify(token)); // full path, still inside the 60 s skew
        f.clock.advance(Duration.ofSeconds(41));
        assertEquals("expired", reasonFor(v, token));
    }

    @Test
    void cachedTokenIsRejectedOnceItsKeyIsWithdrawn() throws Exception {
        JwksTokenVerifier v = f.verifier(dir, 60, TestKeys.K1);
        String token = f.signedByK1();
        v.verify(token);
        TestKeys.writeJwks(dir.resolve("jwks.json"), TestKeys.K3);
        f.clock.advance(JwksFileSource.DEFAULT_REFRESH);
        assertEquals("unknown_key", reasonFor(v, token));
    }

    @Test
    void rejectedTokensAreNotCached() {
        JwksTokenVerifier v = f.verifier(dir);
        reasonFor(v, f.signedBy(TestKeys.A));
        assertEquals(0, v.cachedEntries());
    }

    @Test
    void cacheDropsLeastRecentlyUsedEntriesBeyondItsCapacity() {
        VerificationCache cache = new VerificationCache(2);
        long exp = f.clock.epochSecond() + 600;
        for (String sha : List.of("a", "b", "c")) {
            cache.put(new TokenHash(TokenFingerprint.sha256(sha)), new VerificationCache.Entry(
                    new VerifiedToken("s", "i", List.of(), Map.of(), "fp", exp), TestKeys.K1));
        }
        assertEquals(2, cache.size());
        assertNull(cache.get(new TokenHash(TokenFingerprint.sha256("a")), f.clock.epochSecond()));
        assertNotNull(cache.get(new TokenHash(TokenFingerprint.sha256("c")), f.clock.epochSecond()),
                "an equal hash finds the entry");
    }
}
