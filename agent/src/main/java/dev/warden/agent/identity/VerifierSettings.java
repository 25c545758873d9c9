package dev.warden.agent.identity;

import dev.warden.agent.config.ConfigException;
import java.time.Duration;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a token must satisfy besides its signature.
 *
 * @param issuer the exact {@code iss} accepted
 * @param audience a value {@code aud} (string or array) must contain
 * @param clockSkew tolerance on {@code exp}, {@code nbf} and {@code iat}; 0 to 300 s
 * @param algorithms the JWS algorithm allow-list, each one of {@link JwsAlgorithms#supported()}
 */
public record VerifierSettings(String issuer, String audience, Duration clockSkew, Set<String> algorithms) {

    public static final Duration MAX_CLOCK_SKEW = Duration.ofSeconds(300);

    /** @throws ConfigException if a value is missing or out of range */
    public VerifierSettings {
        if (issuer == null || issuer.isBlank()) {
            throw new ConfigException("Token verification needs an issuer (set issuer).");
        }
        if (audience == null || audience.isBlank()) {
            throw new ConfigException("Token verification needs an audience (set audience).");
        }
        if (clockSkew.isNegative() || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
            throw new ConfigException("clock_skew " + clockSkew.toSeconds() + " s is outside 0.." + MAX_CLOCK_SKEW.toSeconds() + " s.");
        }
        if (algorithms.isEmpty()) {
            throw new ConfigException("The algorithm allow-list is empty; allowed values: " + JwsAlgorithms.supported());
        }
        for (String alg : algorithms) {
            if (!JwsAlgorithms.isSupported(alg)) {
                throw new ConfigException("Algorithm '" + alg + "' cannot be allowed; allowed values: " + JwsAlgorithms.supported());
            }
        }
        algorithms = Collections.unmodifiableSortedSet(new TreeSet<>(algorithms));
    }
}
