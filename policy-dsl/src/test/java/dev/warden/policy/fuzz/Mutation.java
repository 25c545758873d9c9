package dev.warden.policy.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * One edit of a policy text. Positions are taken modulo the text's current length (or token
 * count), so any sequence of mutations applies to any text and jqwik can shrink them freely.
 *
 * @param kind what to do
 * @param at where: a character or token index, modulo the text's size
 * @param other the other token of a swap, the length of a character edit (1 + other mod 64), or how
 *     often a token is repeated
 * @param payload the text to insert, for the kinds that insert
 */
record Mutation(Kind kind, int at, int other, String payload) {

    enum Kind {
        DELETE_CHARS, DUPLICATE_CHARS, INSERT, TRUNCATE,
        DELETE_TOKEN, DUPLICATE_TOKEN, REPEAT_TOKEN, SWAP_TOKENS, REPLACE_TOKEN, INSERT_BEFORE_TOKEN
    }

    String apply(String text) {
        return Inputs.capped(switch (kind) {
            case DELETE_CHARS -> {
                int from = index(at, text.length());
                yield text.substring(0, from) + text.substring(Math.min(text.length(), from + shortLength()));
            }
            case DUPLICATE_CHARS -> {
                int from = index(at, text.length());
                int to = Math.min(text.length(), from + shortLength());
                yield text.substring(0, to) + text.substring(from, to) + text.substring(to);
            }
            case INSERT -> {
                int where = index(at, text.length() + 1);
                yield text.substring(0, where) + payload + text.substring(where);
            }
            case TRUNCATE -> text.substring(0, index(at, text.length() + 1));
            default -> tokenEdit(text);
        });
    }

    /** For character edits: 1 to 64 characters. */
    private int shortLength() {
        return 1 + Math.floorMod(other, 64);
    }

    private String tokenEdit(String text) {
        List<int[]> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return text;
        }
        int[] t = tokens.get(index(at, tokens.size()));
        String token = text.substring(t[0], t[1]);
        return switch (kind) {
            case DELETE_TOKEN -> replace(text, t, "");
            case DUPLICATE_TOKEN -> replace(text, t, token + " " + token);
            case REPEAT_TOKEN -> replace(text, t, (token + " ").repeat(Math.max(1, other)));
            case REPLACE_TOKEN -> replace(text, t, payload);
            case INSERT_BEFORE_TOKEN -> text.substring(0, t[0]) + payload + text.substring(t[0]);
            case SWAP_TOKENS -> swap(text, t, tokens.get(index(other, tokens.size())));
            default -> throw new IllegalStateException(kind.name());
        };
    }

    private static String swap(String text, int[] a, int[] b) {
        if (a[0] == b[0]) {
            return text;
        }
        int[] first = a[0] < b[0] ? a : b;
        int[] second = a[0] < b[0] ? b : a;
        return text.substring(0, first[0]) + text.substring(second[0], second[1]) + text.substring(first[1], second[0])
            + text.substring(first[0], first[1]) + text.substring(second[1]);
    }

    private static String replace(String text, int[] span, String with) {
        return text.substring(0, span[0]) + with + text.substring(span[1]);
    }

    /**
     * Roughly the language's tokens: names, integers, strings (to the closing quote or the line
     * end), two-character operators, any other single character. Hand-written: a regex with an
     * alternation under a star recurses per character and overflows on long strings.
     */
    private static List<int[]> tokens(String text) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end = i + 1;
            if (Character.isLetter(c) || c == '_') {
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
            } else if (Character.isDigit(c)) {
                while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
            } else if (c == '"') {
                while (end < text.length() && text.charAt(end) != '"' && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(text.length(), end + 1);
            } else if (end < text.length() && text.charAt(end) == '=' && "=!<>".indexOf(c) >= 0) {
                end++;
            }
            spans.add(new int[] {i, end});
            i = end;
        }
        return spans;
    }

    private static int index(int value, int size) {
        return size == 0 ? 0 : Math.floorMod(value, size);
    }

    @Override
    public String toString() {
        String shown = payload == null ? "" : " \"" + Inputs.escaped(payload.length() > 40 ? payload.substring(0, 40)
            + "...(" + payload.length() + " chars)" : payload) + "\"";
        return kind + "(" + at + ", " + other + ")" + shown;
    }
}
