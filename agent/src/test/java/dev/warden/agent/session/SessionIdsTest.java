package dev.warden.agent.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionIdsTest {

    @Test
    void anIdIsTheEightHexDigitPrefixADashAndTheCounterPaddedToSixDigits() {
        SessionIds ids = new SessionIds(0x3f9a2c1b, 0);

        assertEquals("3f9a2c1b-000001", ids.next());
        assertEquals("3f9a2c1b-000002", ids.next());
        assertEquals("00000007-000001", new SessionIds(7, 0).next());
        assertEquals("ffffffff-000001", new SessionIds(-1, 0).next());
    }

    @Test
    void countersOfEveryLengthLookAsStringFormatMadeThem() {
        for (long n : new long[] {1, 9, 10, 99, 100, 12_345, 99_999, 100_000, 999_999, 1_000_000, 1_234_567_890_123L,
            Long.MAX_VALUE}) {
            SessionIds ids = new SessionIds(0x1234abcd, n - 1);
            assertEquals(String.format("%08x-%06d", 0x1234abcd, n), ids.next(), "counter " + n);
        }
    }

    @Test
    void digitsCountsDecimalDigits() {
        assertEquals(1, SessionIds.digits(1));
        assertEquals(1, SessionIds.digits(9));
        assertEquals(2, SessionIds.digits(10));
        assertEquals(6, SessionIds.digits(999_999));
        assertEquals(7, SessionIds.digits(1_000_000));
        assertEquals(19, SessionIds.digits(Long.MAX_VALUE));
    }

    @Test
    void twoProcessesStartWithDifferentPrefixes() {
        // 32 random bits each: equal prefixes from two SecureRandom draws would be a 1 in 4 billion event
        String a = new SessionIds().next();
        String b = new SessionIds().next();
        assertNotEquals(a.substring(0, 8), b.substring(0, 8));
        assertTrue(a.matches("[0-9a-f]{8}-000001"), a);
    }
}
