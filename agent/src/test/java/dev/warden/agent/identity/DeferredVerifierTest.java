package dev.warden.agent.identity;

import static dev.warden.agent.identity.TokenFixture.reasonFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verifier built in the background at start: early tokens wait for it, a broken build refuses. */
class DeferredVerifierTest {

    @TempDir
    Path dir;
    final TokenFixture f = new TokenFixture();

    @Test
    void aTokenThatArrivesDuringTheBuildWaitsForItAndIsThenVerified() throws Exception {
        JwksTokenVerifier real = f.verifier(dir);
        CountDownLatch release = new CountDownLatch(1);
        DeferredVerifier deferred = new DeferredVerifier(() -> {
            awaitQuietly(release);
            return real;
        });
        String token = f.signedByK1();

        CompletableFuture<VerifiedToken> early = CompletableFuture.supplyAsync(() -> verifyUnchecked(deferred, token));
        assertFalse(early.isDone(), "answered before the verifier was built");
        release.countDown();

        assertEquals("svc-ingest@example.com", early.get(30, TimeUnit.SECONDS).subject());
    }

    @Test
    void aBuildThatThrowsRefusesEveryTokenAsNotConfigured() {
        DeferredVerifier deferred = new DeferredVerifier(() -> {
            throw new IllegalStateException("broken");
        });

        assertEquals("not_configured", reasonFor(deferred, f.signedByK1()));
    }

    @Test
    void warmingUpCachesNothingAndLeavesVerificationAsItWas() throws Exception {
        JwksTokenVerifier verifier = f.verifier(dir);

        verifier.warmUp();

        assertEquals(0, verifier.cachedEntries());
        assertEquals("svc-ingest@example.com", verifier.verify(f.signedByK1()).subject());
        assertEquals("bad_signature", reasonFor(verifier, WarmUpToken.forAlgorithm("RS256")));
        assertEquals("bad_signature", reasonFor(verifier, WarmUpToken.forAlgorithm("ES256")));
    }

    private static VerifiedToken verifyUnchecked(TokenVerifier verifier, String token) {
        try {
            return verifier.verify(token);
        } catch (TokenRejectedException e) {
            throw new AssertionError(e.reason() + ": " + e.getMessage());
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
