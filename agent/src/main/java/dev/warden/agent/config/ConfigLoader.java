package dev.warden.agent.config;

import dev.warden.agent.log.WardenLog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves {@link WardenConfig} once at start. Precedence, highest first: agent arguments,
 * {@code -Dwarden.*} system properties, {@code WARDEN_*} environment variables, the
 * {@code config} properties file, defaults. See docs/configuration.md.
 */
public final class ConfigLoader {

    static final Path DEFAULT_JOURNAL = Path.of("warden-journal");
    static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);
    static final Set<String> DEFAULT_ALGORITHMS = Set.of("RS256", "ES256");

    private ConfigLoader() {
    }

    /** From the running JVM: {@code System.getProperties()} and {@code System.getenv()}. */
    public static WardenConfig load(String agentArgs) {
        Map<String, String> props = new java.util.HashMap<>();
        System.getProperties().forEach((k, v) -> props.put(String.valueOf(k), String.valueOf(v)));
        return load(agentArgs, props, System.getenv());
    }

    /**
     * @param agentArgs the text after {@code -javaagent:warden-agent.jar=}, or {@code null}
     * @throws ConfigException naming the setting, its source and the allowed values
     */
    public static WardenConfig load(String agentArgs, Map<String, String> systemProperties,
                                    Map<String, String> environment) {
        Map<ConfigKey, RawValue> merged = merge(agentArgs, systemProperties, environment, true);
        return build(merged);
    }

    /**
     * What an invalid configuration still tells, failing closed: the policy paths (so the methods the
     * policy names are guarded and denied, not left unguarded), the journal directory and the log
     * level where they can be read, else their defaults; enforce mode, no token verification, no
     * policy reload (the configuration is read once, so only a restart can fix it). Never throws.
     */
    public static WardenConfig failClosed(String agentArgs) {
        Map<String, String> props = new java.util.HashMap<>();
        System.getProperties().forEach((k, v) -> props.put(String.valueOf(k), String.valueOf(v)));
        return failClosed(agentArgs, props, System.getenv());
    }

    /** As {@link #failClosed(String)}, for the given properties and environment. */
    static WardenConfig failClosed(String agentArgs, Map<String, String> props, Map<String, String> env) {
        Map<ConfigKey, RawValue> s;
        try {
            s = merge(agentArgs, props, env, false);
        } catch (RuntimeException e) { // e.g. a config file path that is not a path: nothing more to read
            s = new EnumMap<>(ConfigKey.class);
        }
        List<Path> policy = lenient(s.get(ConfigKey.POLICY), ConfigValues::paths, List.of());
        Path journal = lenient(s.get(ConfigKey.JOURNAL), ConfigValues::path, DEFAULT_JOURNAL);
        WardenLog.Level log = lenient(s.get(ConfigKey.LOG), ConfigValues::logLevel, WardenLog.Level.INFO);
        return new WardenConfig(policy, journal, WardenConfig.Mode.ENFORCE, null, null, null, DEFAULT_CLOCK_SKEW,
                DEFAULT_ALGORITHMS, log, new WardenConfig.PolicyReload(false, WardenConfig.PolicyReload.DEFAULT.debounce()));
    }

    private static <T> T lenient(RawValue raw, java.util.function.Function<RawValue, T> parse, T fallback) {
        if (raw == null) {
            return fallback;
        }
        try {
            return parse.apply(raw);
        } catch (ConfigException e) {
            return fallback;
        }
    }

    private static Map<ConfigKey, RawValue> merge(String agentArgs, Map<String, String> props, Map<String, String> env,
                                                  boolean strict) {
        List<Map<ConfigKey, RawValue>> layers = new ArrayList<>(List.of(ConfigSources.agentArgs(agentArgs, strict),
                ConfigSources.systemProperties(props), ConfigSources.environment(env)));
        Map<ConfigKey, RawValue> merged = new EnumMap<>(ConfigKey.class);
        for (Map<ConfigKey, RawValue> layer : layers) {
            layer.forEach(merged::putIfAbsent);
        }
        RawValue configFile = merged.remove(ConfigKey.CONFIG);
        if (configFile != null && (strict || !configFile.value().isBlank())) {
            ConfigValues.nonBlank(configFile, "a .properties file path");
            ConfigSources.file(configFile, strict).forEach(merged::putIfAbsent);
        }
        return merged;
    }

    private static WardenConfig build(Map<ConfigKey, RawValue> s) {
        List<Path> policy = s.containsKey(ConfigKey.POLICY) ? ConfigValues.paths(s.get(ConfigKey.POLICY)) : List.of();
        Path journal = s.containsKey(ConfigKey.JOURNAL) ? ConfigValues.path(s.get(ConfigKey.JOURNAL)) : DEFAULT_JOURNAL;
        WardenConfig.Mode mode = s.containsKey(ConfigKey.MODE) ? ConfigValues.mode(s.get(ConfigKey.MODE))
                : WardenConfig.Mode.ENFORCE;
        Path jwks = s.containsKey(ConfigKey.JWKS) ? ConfigValues.path(s.get(ConfigKey.JWKS)) : null;
        String issuer = s.containsKey(ConfigKey.ISSUER) ? ConfigValues.nonBlank(s.get(ConfigKey.ISSUER), "the issuer's iss value") : null;
        String audience = s.containsKey(ConfigKey.AUDIENCE)
                ? ConfigValues.nonBlank(s.get(ConfigKey.AUDIENCE), "this service's aud value") : null;
        Duration skew = s.containsKey(ConfigKey.CLOCK_SKEW) ? ConfigValues.clockSkew(s.get(ConfigKey.CLOCK_SKEW))
                : DEFAULT_CLOCK_SKEW;
        Set<String> algorithms = s.containsKey(ConfigKey.ALGORITHMS)
                ? ConfigValues.algorithms(s.get(ConfigKey.ALGORITHMS)) : DEFAULT_ALGORITHMS;
        WardenLog.Level log = s.containsKey(ConfigKey.LOG) ? ConfigValues.logLevel(s.get(ConfigKey.LOG)) : WardenLog.Level.INFO;
        requireIdentityTogether(s);
        boolean lambdas = s.containsKey(ConfigKey.LAMBDAS) && ConfigValues.onOff(s.get(ConfigKey.LAMBDAS));
        return new WardenConfig(policy, journal, mode, jwks, issuer, audience, skew, algorithms, log, reload(s), lambdas);
    }

    private static WardenConfig.PolicyReload reload(Map<ConfigKey, RawValue> s) {
        WardenConfig.PolicyReload defaults = WardenConfig.PolicyReload.DEFAULT;
        boolean enabled = s.containsKey(ConfigKey.POLICY_RELOAD) ? ConfigValues.onOff(s.get(ConfigKey.POLICY_RELOAD))
                : defaults.enabled();
        Duration debounce = s.containsKey(ConfigKey.POLICY_RELOAD_DEBOUNCE)
                ? ConfigValues.debounce(s.get(ConfigKey.POLICY_RELOAD_DEBOUNCE)) : defaults.debounce();
        return new WardenConfig.PolicyReload(enabled, debounce);
    }

    /** jwks, issuer and audience make sense only together: a token is never checked against half a trust setup. */
    private static void requireIdentityTogether(Map<ConfigKey, RawValue> s) {
        List<ConfigKey> identity = List.of(ConfigKey.JWKS, ConfigKey.ISSUER, ConfigKey.AUDIENCE);
        RawValue anySet = null;
        for (ConfigKey k : identity) {
            anySet = anySet != null ? anySet : s.get(k);
        }
        if (anySet == null) {
            return;
        }
        for (ConfigKey k : identity) {
            if (!s.containsKey(k)) {
                throw new ConfigException("Token verification is half configured: " + anySet.source() + " is set but "
                        + k.key() + " is not. Set all of jwks, issuer and audience (e.g. -Dwarden." + k.key()
                        + "=... or " + k.envName() + "), or none of them.");
            }
        }
    }

    /**
     * {@code -Dwarden.*} properties and {@code WARDEN_*} variables of this JVM that name no Warden
     * setting: ignored, each with a warning (and a "did you mean").
     */
    public static List<String> ignoredSettings() {
        Map<String, String> props = new java.util.HashMap<>();
        System.getProperties().forEach((k, v) -> props.put(String.valueOf(k), String.valueOf(v)));
        return ConfigSources.ignored(props, System.getenv());
    }

    /** As {@link #ignoredSettings()}, for the given properties and environment. */
    static List<String> ignoredSettings(Map<String, String> systemProperties, Map<String, String> environment) {
        return ConfigSources.ignored(systemProperties, environment);
    }

    /** Start-up warnings about a configuration that is valid but probably not what was meant. */
    public static List<String> warnings(WardenConfig config) {
        List<String> out = new ArrayList<>(); // no policy at all is an error, logged where the policy is loaded
        if (config.jwksFile() == null) {
            out.add("Token verification not configured (set jwks, issuer, audience): every bearer token is rejected.");
        }
        return out;
    }
}
