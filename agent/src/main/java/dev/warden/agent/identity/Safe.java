package dev.warden.agent.identity;

/** Renders attacker-controlled values for error messages: short, printable, quoted. */
final class Safe {

    private static final int MAX = 64;

    private Safe() {
    }

    static String quote(Object value) {
        if (!(value instanceof String s)) {
            return value == null ? "null" : "of JSON type " + value.getClass().getSimpleName();
        }
        StringBuilder out = new StringBuilder("'");
        for (int i = 0; i < s.length() && i < MAX; i++) {
            char c = s.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return out.append(s.length() > MAX ? "...'" : "'").toString();
    }
}
