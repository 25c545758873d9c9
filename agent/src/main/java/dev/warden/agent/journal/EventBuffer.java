package dev.warden.agent.journal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A growable byte array an event is encoded into before one bulk copy into the queue. Encoding
 * here, in plain Java over a reused array, measured several times faster than Chronicle's
 * per-field {@code writeUtf8}; and it allocates nothing once the array has grown to fit.
 * Not thread-safe: the writer uses one under its append lock.
 */
final class EventBuffer {

    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] buf;
    private int len;

    EventBuffer(int initialCapacity) {
        buf = new byte[initialCapacity];
    }

    void clear() {
        len = 0;
    }

    byte[] array() {
        return buf;
    }

    int length() {
        return len;
    }

    void writeByte(int b) {
        ensure(1);
        buf[len++] = (byte) b;
    }

    void writeLong(long v) {
        ensure(8);
        LONG_LE.set(buf, len, v);
        len += 8;
    }

    /** Unsigned LEB128: 7 bits a byte, low bits first, high bit set on all but the last. */
    void writeVarint(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[len++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[len++] = (byte) v;
    }

    /** A string as varint (UTF-8 length + 1), then its UTF-8 bytes; null is the single byte 0. */
    void writeString(String s) {
        if (s == null) {
            writeByte(0);
            return;
        }
        int chars = s.length();
        ensure(1 + 3 * chars);
        int start = len + 1; // guess a one-byte length prefix, the common case
        int end = encodeUtf8(s, chars, start);
        int byteLength = end - start;
        int prefix = varintSize(byteLength + 1L);
        if (prefix > 1) {
            ensure(end - len + prefix);
            System.arraycopy(buf, start, buf, start + prefix - 1, byteLength);
        }
        writeVarint(byteLength + 1L);
        len += byteLength;
    }

    private int encodeUtf8(String s, int chars, int p) {
        byte[] b = buf;
        int i = 0;
        // ASCII run first: a tight loop the JIT unrolls; ids, names and fingerprints are ASCII
        for (; i < chars; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                break;
            }
            b[p + i] = (byte) c;
        }
        p += i;
        for (; i < chars; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < chars && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[p++] = (byte) (0xF0 | cp >> 18);
                b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                b[p++] = '?'; // a lone surrogate has no UTF-8 form; same choice as String.getBytes
            } else {
                b[p++] = (byte) (0xE0 | c >> 12);
                b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return p;
    }

    static int varintSize(long v) {
        int size = 1;
        while ((v & ~0x7FL) != 0) {
            v >>>= 7;
            size++;
        }
        return size;
    }

    private void ensure(int extra) {
        int needed = len + extra;
        if (needed > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(needed, buf.length * 2));
        }
    }
}
