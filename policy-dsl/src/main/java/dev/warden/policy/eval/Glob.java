package dev.warden.policy.eval;

/**
 * A glob, with one meaning wherever Warden uses one: {@code *} matches any run of characters
 * within one segment, {@code **} matches any run of characters at all (separators included);
 * everything else matches itself. What separates segments depends on what is matched: {@code . /
 * @ :} in subjects, {@code .} between host labels and column parts, {@code /} between path
 * segments. Matching simulates the pattern's NFA one input character at a time, so it is linear in
 * the input (times the pattern length) — no backtracking over attacker-chosen input.
 */
final class Glob {
    /** Separators of subject segments. */
    static final String SUBJECT = "./@:";
    /** Separator of host labels and of dotted column names. */
    static final String DOTS = ".";
    /** Separator of URL path segments. */
    static final String PATH = "/";

    private static final int STAR = -1;
    private static final int DOUBLE_STAR = -2;

    private final String exact;
    private final int[] elements;
    private final String prefix;
    private final String suffix;
    private final long starMask;
    private final long doubleStarMask;
    private final long[] asciiMasks;
    private final String separators;

    private Glob(String exact, int[] elements, String prefix, String suffix, String separators) {
        this.separators = separators;
        this.exact = exact;
        this.elements = elements;
        this.prefix = prefix;
        this.suffix = suffix;
        long star = 0;
        long doubleStar = 0;
        long[] ascii = new long[128];
        for (int i = 0; elements != null && i < Math.min(elements.length, 64); i++) {
            star |= elements[i] == STAR ? 1L << i : 0;
            doubleStar |= elements[i] == DOUBLE_STAR ? 1L << i : 0;
            if (elements[i] >= 0 && elements[i] < 128) {
                ascii[elements[i]] |= 1L << i;
            }
        }
        this.starMask = star;
        this.doubleStarMask = doubleStar;
        this.asciiMasks = elements == null ? null : ascii;
    }

    /** The pattern if it has no wildcard, else null. */
    String exact() {
        return exact;
    }

    /** Compiles a pattern the checker accepted (in particular: no run of three stars). */
    static Glob compile(String pattern, String separators) {
        if (pattern.indexOf('*') < 0) {
            return new Glob(pattern, null, pattern, "", separators);
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
        // literal text around the wildcards: most non-matching subjects are rejected by these alone
        String prefix = pattern.substring(0, pattern.indexOf('*'));
        String suffix = pattern.substring(pattern.lastIndexOf('*') + 1);
        return new Glob(null, java.util.Arrays.copyOf(elements, n), prefix, suffix, separators);
    }

    private boolean isSeparator(char c) {
        return separators.indexOf(c) >= 0;
    }

    boolean matches(String subject) {
        if (exact != null) {
            return exact.equals(subject);
        }
        if (subject.length() < prefix.length() + suffix.length() || !subject.startsWith(prefix)
            || !subject.endsWith(suffix)) {
            return false;
        }
        return elements.length < 64 ? matchesSmall(subject) : matchesLarge(subject);
    }

    /**
     * Shift-and simulation of the NFA with its state set in one long (bit i = "pattern position i
     * reached"): a constant number of operations per subject character.
     */
    private boolean matchesSmall(String subject) {
        long star = starMask;
        long doubleStar = doubleStarMask;
        long wildcards = star | doubleStar;
        // wildcards are never adjacent ("***" is rejected), so one shift closes over "match nothing"
        long states = 1L | ((1L & wildcards) << 1);
        for (int j = 0; j < subject.length() && states != 0; j++) {
            char c = subject.charAt(j);
            long next = (states & doubleStar) | (isSeparator(c) ? 0 : states & star) | ((states & literalMask(c)) << 1);
            states = next | ((next & wildcards) << 1);
        }
        return (states & (1L << elements.length)) != 0;
    }

    /** Bit i set where the pattern has the literal {@code c} at position i. */
    private long literalMask(char c) {
        if (c < 128) {
            return asciiMasks[c];
        }
        long mask = 0;
        for (int i = 0; i < elements.length; i++) {
            if (elements[i] == c) {
                mask |= 1L << i;
            }
        }
        return mask;
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
