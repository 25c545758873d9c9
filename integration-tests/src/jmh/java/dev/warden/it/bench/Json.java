package dev.warden.it.bench;

import java.util.Locale;

/**
 * A minimal JSON writer for the results file. Hand-written so the suite needs no JSON library of
 * its own: its class path carries the agent's Jackson, which is the agent's business.
 */
final class Json {

    private final StringBuilder out = new StringBuilder();
    private boolean first = true;

    Json open() {
        comma();
        out.append('{');
        first = true;
        return this;
    }

    Json close() {
        out.append('}');
        first = false;
        return this;
    }

    Json array(String name) {
        key(name);
        out.append('[');
        first = true;
        return this;
    }

    Json endArray() {
        out.append(']');
        first = false;
        return this;
    }

    Json object(String name) {
        key(name);
        out.append('{');
        first = true;
        return this;
    }

    Json field(String name, String value) {
        key(name);
        string(value);
        return this;
    }

    Json field(String name, double value) {
        key(name);
        out.append(Double.isFinite(value) ? String.format(Locale.ROOT, "%.6g", value) : "null");
        return this;
    }

    Json field(String name, long value) {
        key(name);
        out.append(value);
        return this;
    }

    Json field(String name, Boolean value) {
        key(name);
        out.append(value == null ? "null" : value.toString());
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void key(String name) {
        comma();
        string(name);
        out.append(':');
        first = false;
    }

    private void comma() {
        if (!first) {
            out.append(',');
        }
        first = false;
    }

    private void string(String s) {
        if (s == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
