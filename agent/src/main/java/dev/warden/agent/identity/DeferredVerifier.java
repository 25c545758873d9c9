package dev.warden.agent.identity;

import dev.warden.agent.runtime.Background;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The token verifier, built on a background thread at start: reading and parsing the issuer's key
 * set (Nimbus) took ≈0.1 s of premain, and nothing needs it before the first request with a token.
 * Once built, the verifier is warmed up on the same thread ({@link JwksTokenVerifier#warmUp}). A
 * verification that comes earlier waits for the build, never for the warm-up.
 */
public final class DeferredVerifier implements TokenVerifier {

    private final CompletableFuture<TokenVerifier> building = new CompletableFuture<>();

    /** @param builder never throws: a key set that cannot be read must yield a verifier that refuses tokens */
    public DeferredVerifier(Supplier<TokenVerifier> builder) {
        Background.run("warden-identity-start", () -> {
            TokenVerifier built;
            try {
                built = builder.get();
            } catch (Throwable t) {
                building.completeExceptionally(t);
                return;
            }
            building.complete(built);
            if (built instanceof JwksTokenVerifier jwks) {
                jwks.warmUp();
            }
        });
    }

    @Override
    public VerifiedToken verify(String bearerToken) throws TokenRejectedException {
        TokenVerifier verifier;
        try {
            verifier = building.join();
        } catch (RuntimeException e) {
            // the builder broke its promise not to throw: refuse, as an unreadable key set does
            throw RejectReason.NOT_CONFIGURED.reject(TokenFingerprint.of(bearerToken == null ? "" : bearerToken),
                "token verification could not be set up: " + e.getCause());
        }
        return verifier.verify(bearerToken);
    }
}
