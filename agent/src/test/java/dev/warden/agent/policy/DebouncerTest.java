package dev.warden.agent.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The debounce logic on explicit times (nanoseconds), no clock and no waiting. */
class DebouncerTest {

    private static final long MS = 1_000_000L;
    private final Debouncer debouncer = new Debouncer(Duration.ofMillis(300));

    @Test
    void nothingIsDueWithoutAChange() {
        assertFalse(debouncer.take(0));
        assertFalse(debouncer.take(Long.MAX_VALUE));
        assertEquals(1_000, debouncer.waitMillis(0, 1_000));
    }

    @Test
    void aChangeIsDueOnceTheQuietPeriodHasPassedAndOnlyOnce() {
        debouncer.changed(1_000 * MS);
        assertFalse(debouncer.take(1_299 * MS));
        assertTrue(debouncer.take(1_300 * MS));
        assertFalse(debouncer.take(1_301 * MS));
        assertFalse(debouncer.pending());
    }

    @Test
    void everyChangeInABurstPushesTheDeadlineBackSoTheBurstIsOneReload() {
        for (long t = 0; t <= 1_000; t += 100) {
            debouncer.changed(t * MS);
            assertFalse(debouncer.take(t * MS + 299 * MS), "due " + t);
        }
        assertTrue(debouncer.take(1_300 * MS));
        assertFalse(debouncer.take(5_000 * MS));
    }

    @Test
    void theWaitRunsToTheDeadlineButNoLongerThanTheIdleWait() {
        debouncer.changed(0);
        assertEquals(300, debouncer.waitMillis(0, 1_000));
        assertEquals(100, debouncer.waitMillis(0, 100));
        assertEquals(1, debouncer.waitMillis(299 * MS + 1, 1_000), "a partial millisecond rounds up, never to 0");
        assertEquals(0, debouncer.waitMillis(300 * MS, 1_000));
    }

    @Test
    void timesNearTheEndOfTheNanoTimeRangeStillCompareInOrder() {
        long nearWrap = Long.MAX_VALUE - 100 * MS;
        debouncer.changed(nearWrap);
        assertFalse(debouncer.take(nearWrap + 299 * MS));
        assertTrue(debouncer.take(nearWrap + 300 * MS));
    }
}
