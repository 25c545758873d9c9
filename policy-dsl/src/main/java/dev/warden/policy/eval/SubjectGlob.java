package dev.warden.policy.eval;

/**
 * A subject pattern: {@code *} matches any run of characters within one segment (segments are
 * separated by {@code . / @ :}), {@code **} matches any run of characters at all; everything else
 * matches itself. Matching simulates the pattern's NFA one input character at a time, so it is
 * linear in the subject (times the pattern length) — no backtracking over attacker-chosen input.
 */
final class SubjectGlob {
    private static final int STAR = -1;
    private static final int DOUBLE_STAR = -2;

    private final String exact;
    private final int[] elements;

    private SubjectGlob(String exact, int[] elements) {
        this.exact = exact;
        this.elements = elements;
    }

    static SubjectGlob compile(String pattern) {
        if (pattern.indexOf('*') < 0) {
            return new SubjectGlob(pattern, null);
        }
        int[] elements = new int[pattern.length()];
        int n = 0;
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.startsWith("**", i)) {
                elements[n++] = DOUBLE_STAR;
                i++;
            } else {
                char c = pattern.charAt(i);
                elements[n++] = c == '*' ? STAR : c;
            }
        }
        return new SubjectGlob(null, java.util.Arrays.copyOf(elements, n));
    }

    static boolean isSeparator(char c) {
        return c == '.' || c == '/' || c == '@' || c == ':';
    }

    boolean matches(String subject) {
        if (exact != null) {
            return exact.equals(subject);
        }
        return elements.length < 64 ? matchesSmall(subject) : matchesLarge(subject);
    }

    /** The NFA's state set in one long: bit i = "pattern position i reached". */
    private boolean matchesSmall(String subject) {
        int k = elements.length;
        long states = closeSmall(1L);
        for (int j = 0; j < subject.length() && states != 0; j++) {
            char c = subject.charAt(j);
            long next = 0;
            for (int i = 0; i < k; i++) {
                int move = (states & (1L << i)) != 0 ? step(i, c) : 0;
                if (move == 1) {
                    next |= 1L << i;
                } else if (move == 2) {
                    next |= 1L << (i + 1);
                }
            }
            states = closeSmall(next);
        }
        return (states & (1L << k)) != 0;
    }

    /** Wildcards may match nothing: reaching a wildcard's position also reaches the next one. */
    private long closeSmall(long states) {
        for (int i = 0; i < elements.length; i++) {
            if ((states & (1L << i)) != 0 && elements[i] < 0) {
                states |= 1L << (i + 1);
            }
        }
        return states;
    }

    /** 0: no move, 1: stay at i (a wildcard consumed c), 2: advance to i + 1. */
    private int step(int i, char c) {
        int e = elements[i];
        if (e == DOUBLE_STAR || (e == STAR && !isSeparator(c))) {
            return 1;
        }
        return e == c ? 2 : 0;
    }

    /** Same simulation for patterns of 64 elements or more, with boolean arrays. */
    private boolean matchesLarge(String subject) {
        int k = elements.length;
        boolean[] states = new boolean[k + 1];
        boolean[] next = new boolean[k + 1];
        states[0] = true;
        closeLarge(states);
        for (int j = 0; j < subject.length(); j++) {
            java.util.Arrays.fill(next, false);
            char c = subject.charAt(j);
            for (int i = 0; i < k; i++) {
                int move = states[i] ? step(i, c) : 0;
                if (move != 0) {
                    next[move == 1 ? i : i + 1] = true;
                }
            }
            closeLarge(next);
            boolean[] swap = states;
            states = next;
            next = swap;
        }
        return states[k];
    }

    private void closeLarge(boolean[] states) {
        for (int i = 0; i < elements.length; i++) {
            if (states[i] && elements[i] < 0) {
                states[i + 1] = true;
            }
        }
    }
}
