package dev.warden.policy.fuzz;

import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The layout of one generated file, varying everything the language lets vary: line breaks
 * ({@code \n}, {@code \r\n}, a lone {@code \r}), indentation, spacing, comments, blank lines,
 * member order, trailing commas, underscores in integers, escapes in strings. Seeded, so one model
 * always renders to the same text.
 */
final class TextStyle {
    private final Random random;
    /** The line break this file uses. */
    final String newline;
    final String indent;

    TextStyle(long seed) {
        this.random = new Random(seed);
        this.newline = pick("\n", "\n", "\n", "\r\n", "\r");
        this.indent = pick("    ", "\t", "  ", "");
    }

    /** A declaration: keyword, name (none for the header), its members in any order, one per line. */
    String block(String keyword, String name, List<String> members) {
        Collections.shuffle(members, random); // member order never matters
        StringBuilder out = new StringBuilder();
        if (chance(0.3)) {
            out.append(comment()).append(newline);
        }
        out.append(keyword).append(name == null ? "" : space() + name).append(chance(0.1) ? newline : space()).append('{')
            .append(newline);
        for (int m = 0; m < members.size(); m++) {
            if (chance(0.1)) {
                out.append(chance(0.5) ? "" : indent + comment()).append(newline);
            }
            out.append(indent).append(members.get(m));
            boolean last = m == members.size() - 1;
            if (last && chance(0.15)) {
                return out.append(space()).append('}').append(newline).toString();
            }
            out.append(chance(0.15) ? space() + comment() : "").append(newline);
        }
        return out.append('}').append(chance(0.2) ? space() + comment() : "").append(newline)
            .append(chance(0.5) ? newline : "").toString();
    }

    /** {@code keyword value}, the space between them varied. */
    String member(String keyword, String value) {
        return keyword + space() + value;
    }

    /** A name, or a list of names in brackets; {@code any} for none. */
    String names(List<String> names) {
        if (names.isEmpty()) {
            return "any";
        }
        if (names.size() == 1 && chance(0.7)) {
            return names.get(0);
        }
        String comma = pick(", ", ",", " , ");
        return "[" + pick("", " ") + String.join(comma, names) + (chance(0.2) ? comma.strip() : "") + pick("", " ") + "]";
    }

    /** Decimal, sometimes with '_' between digits. */
    String integer(long value) {
        String digits = Long.toString(value);
        if (!chance(0.2) || digits.length() < 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder(digits.substring(0, 2));
        for (int k = 2; k < digits.length(); k++) {
            out.append(chance(0.3) ? "_" : "").append(digits.charAt(k));
        }
        return out.toString();
    }

    /** A string literal whose decoded value is {@code value}: escapes where needed, sometimes where not. */
    String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append(chance(0.5) ? "\\n" : "\\u000a");
                case '\r' -> out.append(chance(0.5) ? "\\r" : "\\u000D");
                case '\t' -> out.append(chance(0.5) ? "\\t" : "\t");
                default -> out.append(chance(0.08) ? String.format(chance(0.5) ? "\\u%04x" : "\\u%04X", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    String comment() {
        return "#" + pick("", " ") + pick("", "note", "permit x { # not code", "\"quoted\" \\ and { braces", "caf\u00e9 \uD83D\uDE00",
            "\0 nul", "\uFEFF bom", "when a and b or c", "policy { default monitor }");
    }

    String space() {
        return pick(" ", " ", "  ", "\t");
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    void shuffle(List<?> list) {
        Collections.shuffle(list, random);
    }
}
