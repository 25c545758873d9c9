package dev.warden.agent.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Reads the raw settings of each source. In the sources that are Warden's alone (agent arguments,
 * the config file) every key must be known: a misspelt setting is an error at start. The
 * {@code -Dwarden.*} and {@code WARDEN_*} namespaces are shared with the application and its
 * platform, so an unknown name there is ignored with a warning ({@link #ignored}): an application's
 * own {@code warden.x} property must not switch enforcement to fail-closed. Ignoring is safe
 * because every setting's default is the strict one.
 */
final class ConfigSources {

    private ConfigSources() {
    }

    /**
     * Agent arguments: {@code key=value} pairs separated by commas. A segment without {@code =}
     * continues the previous value if that setting takes a list, so lists read naturally:
     * {@code policy=/a.policy,/b.policy,algorithms=RS256,ES256}; after any other setting it is an error.
     */
    static Map<ConfigKey, RawValue> agentArgs(String args) {
        return agentArgs(args, true);
    }

    /**
     * @param strict throw on anything malformed; otherwise skip it and keep what can be read (what a
     *     fail-closed start uses to still find the policy it must guard)
     */
    static Map<ConfigKey, RawValue> agentArgs(String args, boolean strict) {
        Map<ConfigKey, RawValue> out = new EnumMap<>(ConfigKey.class);
        if (args == null || args.isBlank()) {
            return out;
        }
        ConfigKey last = null;
        for (String segment : args.split(",", -1)) {
            int eq = segment.indexOf('=');
            if (eq < 0) {
                if (last == null && strict) {
                    throw new ConfigException("Agent argument '" + segment.trim() + "' is not key=value. Write e.g. "
                            + "-javaagent:warden-agent.jar=policy=/etc/warden,mode=monitor");
                }
                if (last != null && !segment.isBlank() && !last.takesList()) {
                    if (strict) { // "audience=my-app,verbose" must not quietly become the audience "my-app,verbose"
                        throw new ConfigException("Agent argument '" + segment.trim() + "' is not key=value, and '"
                                + last.key() + "' before it takes one value (only policy and algorithms take "
                                + "comma-separated lists). Write every setting as key=value.");
                    }
                    continue;
                }
                if (last != null && !segment.isBlank()) {
                    RawValue prev = out.get(last);
                    out.put(last, new RawValue(prev.value() + "," + segment.trim(), prev.source()));
                }
                continue;
            }
            String name = segment.substring(0, eq).trim();
            String source = "agent argument '" + name + "'";
            last = strict ? known(name, source) : ConfigKey.lookup(name).orElse(null);
            if (last != null && out.containsKey(last)) {
                if (strict) {
                    throw new ConfigException("Agent argument '" + name + "' is given twice; give it once.");
                }
                last = null; // the first one stands
                continue;
            }
            if (last != null) {
                out.put(last, new RawValue(segment.substring(eq + 1).trim(), source));
            }
        }
        return out;
    }

    /** System properties {@code warden.<key>}; other properties are not Warden's business. */
    static Map<ConfigKey, RawValue> systemProperties(Map<String, String> props) {
        return shared(props, ConfigKey.PROPERTY_PREFIX, "system property ");
    }

    /** Environment variables {@code WARDEN_<KEY>}. */
    static Map<ConfigKey, RawValue> environment(Map<String, String> env) {
        return shared(env, ConfigKey.ENV_PREFIX, "environment variable ");
    }

    /** One warning per name in the shared namespaces that is not a Warden setting, in name order. */
    static List<String> ignored(Map<String, String> props, Map<String, String> env) {
        List<String> out = new ArrayList<>();
        unknownNames(props, ConfigKey.PROPERTY_PREFIX).forEach(name -> out.add(ignoredWarning(name,
            name.substring(ConfigKey.PROPERTY_PREFIX.length()), "system property " + name)));
        unknownNames(env, ConfigKey.ENV_PREFIX).forEach(name -> out.add(ignoredWarning(name,
            name.substring(ConfigKey.ENV_PREFIX.length()), "environment variable " + name)));
        return out;
    }

    private static Map<ConfigKey, RawValue> shared(Map<String, String> entries, String prefix, String kind) {
        Map<ConfigKey, RawValue> out = new EnumMap<>(ConfigKey.class);
        entries.forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                ConfigKey.lookup(name.substring(prefix.length()))
                    .ifPresent(key -> out.put(key, new RawValue(value.trim(), kind + name)));
            }
        });
        return out;
    }

    private static List<String> unknownNames(Map<String, String> entries, String prefix) {
        return entries.keySet().stream()
            .filter(name -> name.startsWith(prefix) && ConfigKey.lookup(name.substring(prefix.length())).isEmpty())
            .sorted().toList();
    }

    private static String ignoredWarning(String fullName, String key, String source) {
        return "Ignoring " + source + ": '" + key + "' is not a Warden setting." + DidYouMean.suggest(key);
    }

    /** A .properties file of bare keys ({@code mode=monitor}); it may not name another config file. */
    static Map<ConfigKey, RawValue> file(RawValue configSetting) {
        return file(configSetting, true);
    }

    /** @param strict as for {@link #agentArgs(String, boolean)}; an unreadable file then gives nothing */
    static Map<ConfigKey, RawValue> file(RawValue configSetting, boolean strict) {
        Path path;
        try {
            path = Path.of(configSetting.value());
        } catch (java.nio.file.InvalidPathException e) {
            if (!strict) {
                return new EnumMap<>(ConfigKey.class);
            }
            throw new ConfigException("Config file '" + configSetting.value() + "' (from " + configSetting.source()
                    + ") is not a valid path: " + e.getMessage() + ".");
        }
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (IOException | IllegalArgumentException e) {
            if (!strict) {
                return new EnumMap<>(ConfigKey.class);
            }
            throw new ConfigException("Config file " + path.toAbsolutePath() + " (from " + configSetting.source()
                    + ") cannot be read: " + e.getMessage() + ". Fix the path or remove the setting.");
        }
        Map<ConfigKey, RawValue> out = new EnumMap<>(ConfigKey.class);
        for (String name : props.stringPropertyNames()) {
            String source = "config file " + path + " (key '" + name + "')";
            ConfigKey key = strict ? known(name, source) : ConfigKey.lookup(name).orElse(ConfigKey.CONFIG);
            if (key == ConfigKey.CONFIG && !strict) {
                continue;
            }
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
