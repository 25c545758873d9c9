package dev.warden.agent.identity;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a token's header or payload: one JSON object, strict RFC 8259 and nothing more. No
 * comments, no trailing content, valid UTF-8 only, and a member name twice in any object is an
 * error (two parsers must never disagree on who the caller is). Values become {@code String},
 * {@code Boolean}, {@code null}, {@code Long} (or {@code BigInteger} beyond a long), {@code Double},
 * {@code List} and {@code Map}.
 *
 * <p>Hand-written rather than a library's: the agent verifies tokens on the application's first
 * request, and a general-purpose JSON library cost it ≈460 classes and ≈0.4 s there.
 */
final class TokenJson {

    /** Deeper than any real token; bounds the recursion on hostile input. */
    static final int MAX_DEPTH = 64;
    /** Longer numbers are not seconds or counts, and big ones cost quadratic time to convert. */
    static final int MAX_NUMBER_CHARS = 1000;

    /** Why a text was refused. */
    static final class Invalid extends Exception {
        final boolean duplicateName;

        Invalid(String message, boolean duplicateName) {
            super(message, null, false, false);
            this.duplicateName = duplicateName;
        }
    }

    private final String text;
    private int pos;

    private TokenJson(String text) {
        this.text = text;
    }

    /** @return the object's members in document order */
    static Map<String, Object> object(byte[] utf8) throws Invalid {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8)).toString();
        } catch (CharacterCodingException e) {
            throw new Invalid("not UTF-8", false);
        }
        TokenJson json = new TokenJson(text);
        json.skipWhitespace();
        if (json.peek() != '{') {
            throw new Invalid("not a JSON object", false);
        }
        Map<String, Object> object = json.readObject(1);
        json.skipWhitespace();
        if (json.pos != text.length()) {
            throw json.fail("content after the object");
        }
        return object;
    }

    private Object readValue(int depth) throws Invalid {
        skipWhitespace();
        char c = peek();
        return switch (c) {
            case '{' -> readObject(depth + 1);
            case '[' -> readArray(depth + 1);
            case '"' -> readString();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield readNumber();
                }
                throw fail("unexpected character");
            }
        };
    }

    private Map<String, Object> readObject(int depth) throws Invalid {
        checkDepth(depth);
        pos++; // {
        Map<String, Object> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return members;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw fail("expected a member name");
            }
            String name = readString();
            skipWhitespace();
            expect(':');
            Object value = readValue(depth);
            if (members.containsKey(name)) {
                throw new Invalid("duplicate member name", true);
            }
            members.put(name, value);
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else {
                expect('}');
                return members;
            }
        }
    }

    private List<Object> readArray(int depth) throws Invalid {
        checkDepth(depth);
        pos++; // [
        List<Object> items = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return items;
        }
        while (true) {
            items.add(readValue(depth));
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else {
                expect(']');
                return items;
            }
        }
    }

    private String readString() throws Invalid {
        pos++; // opening quote
        StringBuilder out = null;
        int start = pos;
        while (true) {
            if (pos >= text.length()) {
                throw fail("unterminated string");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                String s = out == null ? text.substring(start, pos) : out.append(text, start, pos).toString();
                pos++;
                return s;
            }
            if (c < 0x20) {
                throw fail("control character in a string");
            }
            if (c == '\\') {
                out = (out == null ? new StringBuilder() : out).append(text, start, pos);
                out.append(escape());
                start = pos;
            } else {
                pos++;
            }
        }
    }

    /** Reads one escape sequence at {@code pos} (the backslash) and returns the character it stands for. */
    private char escape() throws Invalid {
        if (pos + 1 >= text.length()) {
            throw fail("unterminated escape");
        }
        char c = text.charAt(pos + 1);
        pos += 2;
        switch (c) {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (pos + 4 > text.length()) {
                    throw fail("short \\u escape");
                }
                int code = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(text.charAt(pos + i), 16);
                    if (digit < 0) {
                        throw fail("bad \\u escape");
                    }
                    code = code * 16 + digit;
                }
                pos += 4;
                return (char) code;
            default:
                throw fail("bad escape");
        }
    }

    private Object readNumber() throws Invalid {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (!digits()) {
            throw fail("bad number");
        }
        boolean integral = true;
        if (peek() == '.') {
            pos++;
            integral = false;
            if (!digits()) {
                throw fail("bad number");
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            integral = false;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!digits()) {
                throw fail("bad number");
            }
        }
        if (pos - start > MAX_NUMBER_CHARS) {
            throw fail("number too long");
        }
        String number = text.substring(start, pos);
        if (!integral) {
            return Double.parseDouble(number);
        }
        BigInteger big = new BigInteger(number);
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }

    /** Consumes a run of decimal digits; false if there was none. */
    private boolean digits() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        return pos > start;
    }

    private Object literal(String word, Object value) throws Invalid {
        if (!text.startsWith(word, pos)) {
            throw fail("unexpected character");
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) throws Invalid {
        if (peek() != c) {
            throw fail("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private void checkDepth(int depth) throws Invalid {
        if (depth > MAX_DEPTH) {
            throw fail("nested deeper than " + MAX_DEPTH);
        }
    }

    private Invalid fail(String what) {
        return new Invalid(what + " at offset " + pos, false);
    }
}
