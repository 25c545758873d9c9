package dev.warden.policy.syntax;

import java.util.Collection;

/** "Did you mean ...?" hints: the closest candidate by edit distance, if it is close enough. */
public final class Suggest {

    private Suggest() {
    }

    /** {@code did you mean 'x'?}, or {@code null} when nothing is close. */
    public static String didYouMean(String word, Collection<String> candidates) {
        String best = closest(word, candidates);
        return best == null ? null : "did you mean '" + best + "'?";
    }

    public static String closest(String word, Collection<String> candidates) {
        int limit = word.length() <= 3 ? 1 : word.length() <= 6 ? 2 : 3;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(word, candidate, limit);
            if (d <= limit && d < bestDistance && !candidate.equals(word)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * Optimal string alignment distance (edits plus adjacent transpositions: "permti" is 1 from
     * "permit"), or {@code limit + 1} when it exceeds {@code limit}. Only cells within {@code limit}
     * of the diagonal can stay within it, so this takes time linear in the length and three rows of
     * memory: a full table over two 10,000-character names took 400 MB.
     */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int far = limit + 1;
        int[] previous2 = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = Math.min(j, far);
        }
        for (int i = 1; i <= a.length(); i++) {
            java.util.Arrays.fill(current, far);
            current[0] = Math.min(i, far);
            int rowMin = current[0];
            for (int j = Math.max(1, i - limit); j <= Math.min(b.length(), i + limit); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, previous2[j - 2] + 1);
                }
                current[j] = Math.min(best, far);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return far;
            }
            int[] recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()];
    }
}
