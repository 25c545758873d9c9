package dev.warden.agent.config;

import java.util.Locale;
import java.util.Optional;

/**
 * Every setting Warden reads, with its three spellings: agent argument {@code clock_skew},
 * system property {@code warden.clock_skew}, environment variable {@code WARDEN_CLOCK_SKEW}.
 * Dashes are accepted for underscores ({@code clock-skew}).
 */
enum ConfigKey {
    POLICY, JOURNAL, MODE, JWKS, ISSUER, AUDIENCE, CLOCK_SKEW, ALGORITHMS, LOG, POLICY_RELOAD, POLICY_RELOAD_DEBOUNCE,
    /** Guard lambdas and method references too (on/off, off by default: it costs start-up time). */
    LAMBDAS,
    /** A .properties file of further settings, below the environment in precedence. */
    CONFIG;

    static final String PROPERTY_PREFIX = "warden.";
    static final String ENV_PREFIX = "WARDEN_";

    /** Whether the value is a list, so that agent arguments may continue it after a comma. */
    boolean takesList() {
        return this == POLICY || this == ALGORITHMS;
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    String propertyName() {
        return PROPERTY_PREFIX + key();
    }

    String envName() {
        return ENV_PREFIX + name();
    }

    /** The key for a spelling used in agent arguments, properties (after the prefix) or the environment. */
    static Optional<ConfigKey> lookup(String spelled) {
        String normal = spelled.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
        for (ConfigKey k : values()) {
            if (k.name().equals(normal)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
