package dev.warden.agent.config;

import dev.warden.policy.syntax.Suggest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The suggestion part of an "unknown key" message (the policy language's {@link Suggest}, over setting names). */
final class DidYouMean {

    private static final List<String> KEYS = Arrays.stream(ConfigKey.values()).map(ConfigKey::key).toList();

    private DidYouMean() {
    }

    /** " Did you mean 'x'?" for a close key (by edit distance, or one a prefix of the other), else the list of known keys. */
    static String suggest(String unknown) {
        String normal = unknown.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace('.', '_');
        String best = Suggest.closest(normal, KEYS);
        if (best == null && !normal.isEmpty()) {
            best = KEYS.stream().filter(k -> k.startsWith(normal) || normal.startsWith(k)).findFirst().orElse(null);
        }
        return best != null ? " Did you mean '" + best + "'?" : " Known keys: " + String.join(", ", KEYS) + ".";
    }
}
