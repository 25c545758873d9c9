package dev.warden.agent.identity;

import dev.warden.agent.config.ConfigException;
import dev.warden.agent.config.WardenConfig;
import dev.warden.agent.log.WardenLog;
import java.time.Clock;

/** Builds the agent's token verifier from its configuration. */
public final class TokenVerifiers {

    private TokenVerifiers() {
    }

    /**
     * A {@link JwksTokenVerifier} over the configured JWKS file; when that file cannot be read yet,
     * a verifier that refuses every token ({@code keys_unavailable}) and tries the file again
     * ({@link KeySetRetry}); when no {@code jwks} is configured, a verifier that rejects every
     * token with reason {@code not_configured}.
     */
    public static TokenVerifier fromConfig(WardenConfig config) {
        if (config.jwksFile() == null) {
            return token -> {
                throw RejectReason.NOT_CONFIGURED.reject(TokenFingerprint.of(token == null ? "" : token),
                        "token verification is not configured (set jwks, issuer and audience)");
            };
        }
        VerifierSettings settings = new VerifierSettings(config.issuer(), config.audience(), config.clockSkew(),
                config.algorithms());
        try {
            return new JwksTokenVerifier(new JwksFileSource(config.jwksFile()), settings);
        } catch (ConfigException e) {
            WardenLog.error(e.getMessage() + " Every bearer token is refused (keys_unavailable) until it can be read;"
                + " it is tried again when it changes and every " + KeySetRetry.RETRY.toSeconds() + " s.");
            return new KeySetRetry(config.jwksFile(), e.getMessage(), source -> new JwksTokenVerifier(source, settings),
                Clock.systemUTC());
        }
    }
}
