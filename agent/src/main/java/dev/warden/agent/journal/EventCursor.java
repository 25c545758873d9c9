package dev.warden.agent.journal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link EventBuffer} wrote, from a byte array. Running past the end throws
 * {@link IndexOutOfBoundsException}, which the reader counts as a damaged entry.
 */
final class EventCursor {

    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final byte[] buf;
    private final int end;
    private int pos;

    EventCursor(byte[] buf, int length) {
        this.buf = buf;
        this.end = length;
    }

    int remaining() {
        return end - pos;
    }

    int readByte() {
        check(1);
        return buf[pos++] & 0xFF;
    }

    long readLong() {
        check(8);
        long v = (long) LONG_LE.get(buf, pos);
        pos += 8;
        return v;
    }

    long readVarint() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = readByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IndexOutOfBoundsException("varint longer than 10 bytes at " + pos);
    }

    String readString() {
        long lengthPlusOne = readVarint();
        if (lengthPlusOne == 0) {
            return null;
        }
        int length = Math.toIntExact(lengthPlusOne - 1);
        check(length);
        String s = new String(buf, pos, length, StandardCharsets.UTF_8);
        pos += length;
        return s;
    }

    private void check(int n) {
        if (n < 0 || pos + n > end) {
            throw new IndexOutOfBoundsException("entry ends at " + end + ", wanted " + n + " bytes at " + pos);
        }
    }
}
