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
            int d = distance(word, candidate);
            if (d <= limit && d < bestDistance && !candidate.equals(word)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Optimal string alignment distance: edits plus adjacent transpositions ("permti" -> 1). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
