package dev.warden.agent.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.warden.agent.journal.JournalEvent.DecisionMade;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JournalCodecTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 126, 127, 128, 500, 16_382, 16_383, 16_384, 70_000})
    void stringsOfEveryLengthPrefixSizeRoundTrip(int length) {
        String s = "x".repeat(length);
        assertEquals(List.of("a", s, "b"), roundTrip("a", s, "b"));
    }

    @Test
    void nonAsciiTextIsStoredAsStandardUtf8() {
        String s = "größe € 中文 😀 end";
        EventBuffer buffer = new EventBuffer(4);
        buffer.writeString(s);
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        assertEquals(utf8.length + 1, buffer.array()[0]);
        assertEquals(Arrays.toString(utf8), Arrays.toString(Arrays.copyOfRange(buffer.array(), 1, buffer.length())));
        assertEquals(List.of(s), roundTrip(s));
    }

    @Test
    void longNonAsciiStringsMoveTheirBytesForAWiderLengthPrefix() {
        String s = "é".repeat(100) + "中".repeat(100);
        assertEquals(List.of(s, "after"), roundTrip(s, "after"));
    }

    @Test
    void aLoneSurrogateBecomesAQuestionMarkLikeStringGetBytes() {
        String s = "a\uD800b";
        assertEquals(List.of(new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)), roundTrip(s));
    }

    @Test
    void nullAndEmptyStringsStayDistinct() {
        EventBuffer buffer = new EventBuffer(1);
        buffer.writeString(null);
        buffer.writeString("");
        EventCursor cursor = new EventCursor(buffer.array(), buffer.length());
        assertNull(cursor.readString());
        assertEquals("", cursor.readString());
        assertEquals(0, cursor.remaining());
    }

    @Test
    void longsAndVarintsRoundTripAtTheirExtremes() {
        EventBuffer buffer = new EventBuffer(1);
        long[] values = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1_777_777_777_000_000L};
        for (long v : values) {
            buffer.writeLong(v);
            buffer.writeVarint(v);
        }
        EventCursor cursor = new EventCursor(buffer.array(), buffer.length());
        for (long v : values) {
            assertEquals(v, cursor.readLong());
            assertEquals(v, cursor.readVarint());
        }
    }

    @Test
    void aTruncatedEntryFailsInsteadOfReadingPastItsEnd() {
        EventBuffer buffer = new EventBuffer(16);
        EventCodec.write(buffer, JournalEvents.decision("s", 1));
        EventCursor cursor = new EventCursor(buffer.array(), buffer.length() - 3);
        assertThrows(IndexOutOfBoundsException.class, () -> EventCodec.read(cursor));
    }

    @Test
    void aHugeRuleIdCountIsDamageNotAnAllocation() {
        EventBuffer buffer = new EventBuffer(16);
        buffer.writeByte(EventCodec.VERSION);
        buffer.writeByte(EventCodec.DECISION_MADE);
        buffer.writeString("s");
        buffer.writeLong(1);
        buffer.writeString("t");
        buffer.writeString("PERMIT");
        buffer.writeVarint(Integer.MAX_VALUE);
        EventCursor cursor = new EventCursor(buffer.array(), buffer.length());
        assertThrows(IndexOutOfBoundsException.class, () -> EventCodec.read(cursor));
    }

    @Test
    void everyEventTypeRoundTripsThroughTheCodec() {
        for (JournalEvent e : List.of(JournalEvents.started("s", 1), JournalEvents.decision("s", 2),
                new DecisionMade("s", 3, null, null, List.of(), null, null, null), JournalEvents.ended("s", 4),
                JournalEvents.policyChanged(5), JournalEvents.policyRejected(6),
                new JournalEvent.PolicyChanged(7, null, null, 0))) {
            EventBuffer buffer = new EventBuffer(8);
            EventCodec.write(buffer, e);
            assertEquals(e, EventCodec.read(new EventCursor(buffer.array(), buffer.length())));
        }
    }

    private static List<String> roundTrip(String... strings) {
        EventBuffer buffer = new EventBuffer(8);
        for (String s : strings) {
            buffer.writeString(s);
        }
        EventCursor cursor = new EventCursor(buffer.array(), buffer.length());
        String[] read = new String[strings.length];
        for (int i = 0; i < strings.length; i++) {
            read[i] = cursor.readString();
        }
        assertEquals(0, cursor.remaining());
        return List.of(read);
    }
}
