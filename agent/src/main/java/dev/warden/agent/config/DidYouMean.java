package dev.warden.agent.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The suggestion part of an "unknown key" message. */
final class DidYouMean {

    private DidYouMean() {
    }

    /** " Did you mean 'x'?" for a close key, else the list of known keys. */
    static String suggest(String unknown) {
        String normal = unknown.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace('.', '_');
        ConfigKey best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ConfigKey k : ConfigKey.values()) {
            int d = distance(normal, k.key());
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        if (best != null && (bestDistance <= 2 || best.key().startsWith(normal) || normal.startsWith(best.key()))) {
            return " Did you mean '" + best.key() + "'?";
        }
        return " Known keys: " + Arrays.stream(ConfigKey.values()).map(ConfigKey::key).collect(Collectors.joining(", ")) + ".";
    }

    /** Levenshtein distance; keys are short, so the quadratic table is fine. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
