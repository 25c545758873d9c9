package dev.warden.it.fork;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The agent's arguments, {@code -javaagent:warden-agent.jar=<render()>}: comma-separated
 * {@code name=value} pairs (see docs/configuration.md).
 */
public record AgentOptions(Path policy, Path jwks, String issuer, String audience, Path journal, Map<String, String> extra) {

    public AgentOptions {
        extra = Map.copyOf(extra);
    }

    public AgentOptions(Path policy, Path jwks, String issuer, String audience, Path journal) {
        this(policy, jwks, issuer, audience, journal, Map.of());
    }

    /** The same options with one more setting, e.g. {@code with("mode", "monitor")}. */
    public AgentOptions with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(extra);
        more.put(name, value);
        return new AgentOptions(policy, jwks, issuer, audience, journal, more);
    }

    public String render() {
        StringJoiner options = new StringJoiner(",");
        options.add("policy=" + checked(policy)).add("jwks=" + checked(jwks))
            .add("issuer=" + issuer).add("audience=" + audience).add("journal=" + checked(journal));
        extra.forEach((name, value) -> options.add(name + "=" + value));
        return options.toString();
    }

    /** The agent's option syntax has no quoting: a comma in a path would split it in two. */
    private static String checked(Path path) {
        String text = path.toAbsolutePath().toString();
        if (text.indexOf(',') >= 0) {
            throw new IllegalArgumentException("a path in the agent options must not contain ',': " + text);
        }
        return text;
    }
}
