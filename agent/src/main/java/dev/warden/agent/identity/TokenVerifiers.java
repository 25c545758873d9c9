package dev.warden.agent.identity;

import dev.warden.agent.config.WardenConfig;
import dev.warden.agent.log.WardenLog;

/** Chooses the token verifier the configuration asks for. */
public final class TokenVerifiers {

    private TokenVerifiers() {
    }

    /**
     * A JWKS verifier when a key set is configured; otherwise one that refuses every token, because
     * a token nobody can verify must never stand for its subject.
     */
    public static TokenVerifier fromConfig(WardenConfig config) {
        if (config.jwksFile() == null) {
            WardenLog.warn("no jwks configured: every presented token is refused; callers are anonymous at best");
            return refusingAll();
        }
        return JwksTokenVerifier.fromConfig(config);
    }

    static TokenVerifier refusingAll() {
        return token -> {
            throw new TokenRejectedException("no_trust_configured", TokenFingerprint.of(token),
                "no JWKS is configured, so no token can be verified");
        };
    }
}
