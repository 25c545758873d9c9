package dev.warden.policy.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.policy.fuzz.FuzzSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * {@link Glob} - the bit-parallel automaton behind subjects, hosts, paths and columns, with its
 * prefix and suffix shortcut and its own loop for patterns of 64 elements or more - against the
 * plainest matcher there is: a table over pattern and subject positions.
 */
@AddLifecycleHook(FuzzSettings.class)
class GlobProperties {
    private static final List<String> SEPARATORS = List.of(Glob.SUBJECT, Glob.DOTS, Glob.PATH);
    private static final String ALPHABET = "ab./@:-\u00e9\uD83D\uDE00";

    @Property(tries = 1000)
    void aGlobMatchesExactlyWhatTheTableSays(@ForAll("globs") List<String> pieces, @ForAll("subjects") String random,
                                             @ForAll long seed) {
        String pattern = String.join("", pieces);
        String separators = SEPARATORS.get(Math.floorMod(seed, SEPARATORS.size()));
        Glob glob = Glob.compile(pattern, separators);
        Random fills = new Random(seed);
        String filled = filled(pieces, separators, fills, true);
        String loose = filled(pieces, separators, fills, false);
        for (String subject : List.of(random, filled, loose, filled + "a", filled.isEmpty() ? "a" : filled.substring(1))) {
            assertEquals(reference(pattern, separators, subject), glob.matches(subject),
                () -> "\"" + pattern + "\" (separators \"" + separators + "\") against \"" + subject + "\"");
        }
        assertTrue(glob.matches(filled), () -> "\"" + pattern + "\" against its own filling \"" + filled + "\"");
    }

    /** Whether {@code pattern} matches all of {@code subject}: '*' any run without separators, '**' any run. */
    private static boolean reference(String pattern, String separators, String subject) {
        List<String> elements = new ArrayList<>();
        for (int i = 0; i < pattern.length(); i++) {
            boolean doubled = pattern.startsWith("**", i);
            elements.add(doubled ? "**" : String.valueOf(pattern.charAt(i)));
            i += doubled ? 1 : 0;
        }
        int n = subject.length();
        boolean[] next = new boolean[n + 1];
        next[n] = true; // the empty pattern matches the empty rest
        for (int e = elements.size() - 1; e >= 0; e--) {
            String element = elements.get(e);
            boolean[] here = new boolean[n + 1];
            for (int j = n; j >= 0; j--) {
                here[j] = switch (element) {
                    case "**" -> next[j] || (j < n && here[j + 1]);
                    case "*" -> next[j] || (j < n && separators.indexOf(subject.charAt(j)) < 0 && here[j + 1]);
                    default -> j < n && subject.charAt(j) == element.charAt(0) && next[j + 1];
                };
            }
            next = here;
        }
        return next[0];
    }

    /**
     * The pattern with its wildcards filled: each '**' with anything, each '*' without separators
     * when {@code strict} (so the pattern matches it), with anything otherwise.
     */
    private static String filled(List<String> pieces, String separators, Random random, boolean strict) {
        StringBuilder out = new StringBuilder();
        for (String piece : pieces) {
            if (piece.startsWith("*")) {
                int length = random.nextInt(4);
                for (int k = 0; k < length; k++) {
                    char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                    out.append(strict && piece.equals("*") && separators.indexOf(c) >= 0 ? 'x' : c);
                }
            } else {
                out.append(piece);
            }
        }
        return out.toString();
    }

    /** Literal pieces and wildcards, never three stars in a row; up to about 90 elements. */
    @Provide
    Arbitrary<List<String>> globs() {
        Arbitrary<String> literal = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(1).ofMaxLength(3);
        Arbitrary<String> piece = Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, literal), net.jqwik.api.Tuple.of(1, Arbitraries.of("*", "**")));
        return Combinators.combine(piece.list().ofMaxSize(12), Arbitraries.integers().between(0, 3)).as((pieces, longer) -> {
            List<String> glob = new ArrayList<>();
            for (String p : pieces) {
                boolean starAfterStar = p.startsWith("*") && !glob.isEmpty() && glob.get(glob.size() - 1).startsWith("*");
                glob.add(starAfterStar ? "-" : p);
                if (starAfterStar) {
                    glob.add(p);
                }
            }
            if (longer == 0) {
                glob.add(0, "a".repeat(64)); // 64 elements or more: the other matching loop
            }
            return glob;
        });
    }

    @Provide
    Arbitrary<String> subjects() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(70);
    }
}
