package dev.warden.agent.instrument;

import java.util.ArrayList;
import java.util.List;

/**
 * The names a class file declares about its place in the hierarchy: its own, its superclass's and
 * its interfaces', read from the constant pool and the few fields after it. Nothing else of the
 * class is decoded, which is what makes it cheap next to a full parse.
 *
 * @param superName binary name of the superclass, null for {@code java.lang.Object} and modules
 * @param supertypes the superclass (if any) and the interfaces, binary names
 */
record ClassHeader(String name, String superName, List<String> supertypes) {

    private static final int MAGIC = 0xCAFEBABE;

    /** @return the header, or null when the bytes are not a class file this reader understands */
    static ClassHeader read(byte[] bytes) {
        try {
            return parse(bytes);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            return null;
        }
    }

    private static ClassHeader parse(byte[] b) {
        if (b.length < 10 || u4(b, 0) != MAGIC) {
            return null;
        }
        int count = u2(b, 8);
        int[] offsets = new int[count]; // where each constant's payload starts (after its tag)
        int p = 10;
        for (int i = 1; i < count; i++) {
            int tag = b[p] & 0xFF;
            offsets[i] = p + 1;
            p += 1 + switch (tag) {
                case 1 -> 2 + u2(b, p + 1); // Utf8
                case 3, 4, 9, 10, 11, 12, 17, 18 -> 4;
                case 5, 6 -> 8;
                case 7, 8, 16, 19, 20 -> 2;
                case 15 -> 3;
                default -> throw new IllegalArgumentException("constant pool tag " + tag);
            };
            if (tag == 5 || tag == 6) {
                i++; // longs and doubles take two entries
            }
        }
        // access_flags, this_class, super_class, interfaces_count, interfaces
        String name = className(b, offsets, u2(b, p + 2));
        int superIndex = u2(b, p + 4);
        String superName = superIndex == 0 ? null : className(b, offsets, superIndex);
        int interfaces = u2(b, p + 6);
        List<String> supertypes = new ArrayList<>(interfaces + 1);
        if (superName != null) {
            supertypes.add(superName);
        }
        for (int i = 0; i < interfaces; i++) {
            supertypes.add(className(b, offsets, u2(b, p + 8 + 2 * i)));
        }
        return new ClassHeader(name, superName, List.copyOf(supertypes));
    }

    /** The binary name a CONSTANT_Class entry points to. */
    private static String className(byte[] b, int[] offsets, int classIndex) {
        int utf8 = offsets[u2(b, offsets[classIndex])];
        return modifiedUtf8(b, utf8 + 2, u2(b, utf8)).replace('/', '.');
    }

    /** The class file's string encoding: 1- to 3-byte groups ({@code DataInput.readUTF}). */
    private static String modifiedUtf8(byte[] b, int start, int length) {
        StringBuilder out = new StringBuilder(length);
        int end = start + length;
        for (int i = start; i < end; ) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                out.append((char) c);
                i++;
            } else if ((c & 0xE0) == 0xC0) {
                out.append((char) ((c & 0x1F) << 6 | b[i + 1] & 0x3F));
                i += 2;
            } else if ((c & 0xF0) == 0xE0) {
                out.append((char) ((c & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F));
                i += 3;
            } else {
                throw new IllegalArgumentException("bad modified UTF-8");
            }
        }
        return out.toString();
    }

    private static int u2(byte[] b, int p) {
        return (b[p] & 0xFF) << 8 | b[p + 1] & 0xFF;
    }

    private static int u4(byte[] b, int p) {
        return u2(b, p) << 16 | u2(b, p + 2);
    }
}
