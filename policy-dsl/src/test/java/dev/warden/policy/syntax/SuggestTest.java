package dev.warden.policy.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** "Did you mean": which candidate, and at what cost. */
class SuggestTest {

    @Test
    void closeMisspellingsSuggestTheNameAndFarOnesNothing() {
        assertEquals("did you mean 'permit'?", Suggest.didYouMean("permti", List.of("identity", "permit", "forbid")));
        assertEquals("did you mean 'ingest'?", Suggest.didYouMean("ingst", List.of("ingest", "reporting")));
        assertEquals(null, Suggest.didYouMean("xyz", List.of("ingest", "reporting")));
    }

    /**
     * Found while fuzzing: the distance filled a full table, so two similar 9,000-character names
     * (a 20 KB file) needed 324 MB and threw OutOfMemoryError in a 256 MB heap. Now a band of the
     * table, in three rows.
     */
    @Test
    void comparingTwoLongNamesTakesLittleMemory() {
        String declared = "a".repeat(10_000) + "z";
        String written = "a".repeat(10_000) + "y";
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        String hint = Suggest.didYouMean(written, List.of(declared));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals("did you mean '" + declared + "'?", hint);
        assertTrue(allocated < 2_000_000, () -> allocated + " bytes allocated");
    }

    /** The banded distance agrees with the textbook table wherever it is within the limit. */
    @Property(tries = 500, seed = "20260503")
    void boundedDistanceIsTheFullDistanceCappedAtLimitPlusOne(
        @ForAll @StringLength(max = 9) @CharRange(from = 'a', to = 'd') String a,
        @ForAll @StringLength(max = 9) @CharRange(from = 'a', to = 'd') String b, @ForAll @IntRange(min = 1, max = 3) int limit) {
        assertEquals(Math.min(fullDistance(a, b), limit + 1), Suggest.distance(a, b, limit), a + " / " + b);
    }

    private static int fullDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
