package dev.warden.agent.identity;

import dev.warden.agent.config.ConfigException;
import dev.warden.agent.config.WardenConfig;

/** Builds the agent's token verifier from its configuration. */
public final class TokenVerifiers {

    private TokenVerifiers() {
    }

    /**
     * A {@link JwksTokenVerifier} over the configured JWKS file, or, when no {@code jwks} is
     * configured, a verifier that rejects every token with reason {@code not_configured}.
     *
     * @throws ConfigException if the JWKS file is missing, unreadable or invalid, or issuer/audience are unset
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
        return new JwksTokenVerifier(new JwksFileSource(config.jwksFile()), settings);
    }
}
