package dev.warden.agent.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * Reads the raw settings of each source. Every entry in Warden's namespace must be a known key:
 * a misspelt setting is an error at start, not a silently ignored line.
 */
final class ConfigSources {

    private ConfigSources() {
    }

    /**
     * Agent arguments: {@code key=value} pairs separated by commas. A segment without {@code =}
     * continues the previous value, so lists read naturally:
     * {@code policy=/a.policy,/b.policy,algorithms=RS256,ES256}.
     */
    static Map<ConfigKey, RawValue> agentArgs(String args) {
        Map<ConfigKey, RawValue> out = new EnumMap<>(ConfigKey.class);
        if (args == null || args.isBlank()) {
            return out;
        }
        ConfigKey last = null;
        for (String segment : args.split(",", -1)) {
            int eq = segment.indexOf('=');
            if (eq < 0) {
                if (last == null) {
                    throw new ConfigException("Agent argument '" + segment.trim() + "' is not key=value. Write e.g. "
                            + "-javaagent:warden-agent.jar=policy=/etc/warden,mode=monitor");
                }
                if (!segment.isBlank()) {
                    RawValue prev = out.get(last);
                    out.put(last, new RawValue(prev.value() + "," + segment.trim(), prev.source()));
                }
                continue;
            }
            String name = segment.substring(0, eq).trim();
            String source = "agent argument '" + name + "'";
            last = known(name, source);
            if (out.containsKey(last)) {
                throw new ConfigException("Agent argument '" + name + "' is given twice; give it once.");
            }
            out.put(last, new RawValue(segment.substring(eq + 1).trim(), source));
        }
        return out;
    }

    /** System properties {@code warden.<key>}; other properties are not Warden's business. */
    static Map<ConfigKey, RawValue> systemProperties(Map<String, String> props) {
        Map<ConfigKey, RawValue> out = new EnumMap<>(ConfigKey.class);
        props.forEach((name, value) -> {
            if (name.startsWith(ConfigKey.PROPERTY_PREFIX)) {
                String source = "system property " + name;
                out.put(known(name.substring(ConfigKey.PROPERTY_PREFIX.length()), source), new RawValue(value.trim(), source));
            }
        });
        return out;
    }

    /** Environment variables {@code WARDEN_<KEY>}. */
    static Map<ConfigKey, RawValue> environment(Map<String, String> env) {
        Map<ConfigKey, RawValue> out = new EnumMap<>(ConfigKey.class);
        env.forEach((name, value) -> {
            if (name.startsWith(ConfigKey.ENV_PREFIX)) {
                String source = "environment variable " + name;
                out.put(known(name.substring(ConfigKey.ENV_PREFIX.length()), source), new RawValue(value.trim(), source));
            }
        });
        return out;
    }

    /** A .properties file of bare keys ({@code mode=monitor}); it may not name another config file. */
    static Map<ConfigKey, RawValue> file(RawValue configSetting) {
        Path path = Path.of(configSetting.value());
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("Config file " + path.toAbsolutePath() + " (from " + configSetting.source()
                    + ") cannot be read: " + e.getMessage() + ". Fix the path or remove the setting.");
        }
        Map<ConfigKey, RawValue> out = new EnumMap<>(ConfigKey.class);
        for (String name : props.stringPropertyNames()) {
            String source = "config file " + path + " (key '" + name + "')";
            ConfigKey key = known(name, source);
            if (key == ConfigKey.CONFIG) {
                throw new ConfigException("'config' cannot be set inside " + source + "; config files do not nest.");
            }
            out.put(key, new RawValue(props.getProperty(name).trim(), source));
        }
        return out;
    }

    private static ConfigKey known(String name, String source) {
        return ConfigKey.lookup(name).orElseThrow(() -> new ConfigException(
                "Unknown Warden setting '" + name + "' (" + source + ")." + DidYouMean.suggest(name)));
    }
}
