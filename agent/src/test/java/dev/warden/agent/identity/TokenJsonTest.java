package dev.warden.agent.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenJsonTest {

    private static Map<String, Object> read(String json) throws TokenJson.Invalid {
        return TokenJson.object(json.getBytes(StandardCharsets.UTF_8));
    }

    private static TokenJson.Invalid refused(String json) {
        return assertThrows(TokenJson.Invalid.class, () -> read(json), json);
    }

    @Test
    void readsEveryKindOfValueInDocumentOrder() throws Exception {
        Map<String, Object> claims = read(" {\"sub\":\"svc\\u0041\\n\",\"exp\":1700000000,\"neg\":-5,\"f\":1.5e3,"
            + "\"big\":123456789012345678901234567890,\"aud\":[\"a\",\"b\"],\"t\":true,\"n\":null,"
            + "\"o\":{\"x\":[{}, []]}}\r\n");

        assertEquals(List.of("sub", "exp", "neg", "f", "big", "aud", "t", "n", "o"), List.copyOf(claims.keySet()));
        assertEquals("svcA\n", claims.get("sub"));
        assertEquals(1_700_000_000L, claims.get("exp"));
        assertEquals(-5L, claims.get("neg"));
        assertEquals(1500.0, claims.get("f"));
        assertEquals(new BigInteger("123456789012345678901234567890"), claims.get("big"));
        assertEquals(List.of("a", "b"), claims.get("aud"));
        assertEquals(Boolean.TRUE, claims.get("t"));
        assertTrue(claims.containsKey("n") && claims.get("n") == null);
        assertEquals(Map.of("x", List.of(Map.of(), List.of())), claims.get("o"));
    }

    @Test
    void longBoundariesStayLongsAndBeyondBecomeBigIntegers() throws Exception {
        Map<String, Object> m = read("{\"max\":9223372036854775807,\"min\":-9223372036854775808,\"over\":9223372036854775808}");

        assertEquals(Long.MAX_VALUE, m.get("max"));
        assertEquals(Long.MIN_VALUE, m.get("min"));
        assertEquals(new BigInteger("9223372036854775808"), m.get("over"));
    }

    @Test
    void aDuplicateMemberNameAnywhereIsReportedAsSuch() {
        assertTrue(refused("{\"sub\":\"a\",\"sub\":\"b\"}").duplicateName);
        assertTrue(refused("{\"o\":{\"k\":1,\"k\":1}}").duplicateName);
        assertTrue(refused("{\"a\":[{\"k\":1,\"k\":2}]}").duplicateName);
        assertFalse(refused("{\"sub\":\"a\",}").duplicateName);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "null", "[]", "\"s\"", "1", "{", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{,}",
        "{\"a\":1}x", "{\"a\":1}{}", "{'a':1}", "{a:1}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":+1}",
        "{\"a\":1e}", "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":tru}", "{\"a\":nul}", "{\"a\":[1,]}", "{\"a\":[,1]}",
        "{\"a\":\"\\x\"}", "{\"a\":\"\\u12G4\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"tab\there\"}", "{\"a\":\"open}",
        "{\"a\":1 /* c */}", "{\"a\":1} // c", "\u00a0{\"a\":1}", "{\"a\":\"\\\"}"})
    void anythingButOneStrictJsonObjectIsRefused(String json) {
        TokenJson.Invalid invalid = refused(json);
        assertFalse(invalid.duplicateName, json);
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'};

        assertThrows(TokenJson.Invalid.class, () -> TokenJson.object(bytes));
    }

    @Test
    void nestingIsBoundedWithoutExhaustingTheStack() throws Exception {
        String ok = "{\"a\":" + "[".repeat(TokenJson.MAX_DEPTH - 1) + "]".repeat(TokenJson.MAX_DEPTH - 1) + "}";
        read(ok);
        String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        assertTrue(refused(deep).getMessage().contains("nested deeper than"));
    }

    @Test
    void overlongNumbersAreRefused() throws Exception {
        read("{\"n\":" + "9".repeat(TokenJson.MAX_NUMBER_CHARS) + "}");

        refused("{\"n\":" + "9".repeat(TokenJson.MAX_NUMBER_CHARS + 1) + "}");
    }

    // Agreement with Jackson configured as the verifier used it before (strict duplicate detection,
    // no trailing tokens): the same texts are accepted, with the same values.

    private static final JsonMapper JACKSON = JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();

    @Test
    void acceptsAndRefusesExactlyWhatStrictJacksonDoesOnMutatedTokens() throws Exception {
        String seed = "{\"iss\":\"https://issuer.example.com\",\"sub\":\"svc-ingest@example.com\",\"aud\":[\"chunking-service\","
            + "\"x\"],\"exp\":1700000600,\"nbf\":1.7E9,\"groups\":[\"ingest\"],\"tenant\":{\"id\":42,\"ok\":true,\"n\":null},"
            + "\"note\":\"\\u00e9\\\"q\\\\\"}";
        String alphabet = "{}[]:,\"\\ 0123456789.eE+-truefalsnulx\t\n";
        Random random = new Random(20261204);
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder(seed);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(text.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> { if (at < text.length()) { text.deleteCharAt(at); } }
                    default -> { if (at < text.length()) { text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length()))); } }
                }
            }
            if (agreeOn(text.toString())) {
                accepted++;
            }
        }
        assertTrue(accepted > 1_000, "the mutations should leave many texts valid, got " + accepted);
    }

    /** @return whether both accepted it */
    private static boolean agreeOn(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Map<String, Object> jackson;
        try {
            jackson = JACKSON.readValue(bytes, new TypeReference<Map<String, Object>>() { });
        } catch (Exception e) {
            jackson = null;
        }
        Map<String, Object> ours;
        boolean duplicate = false;
        try {
            ours = TokenJson.object(bytes);
        } catch (TokenJson.Invalid e) {
            ours = null;
            duplicate = e.duplicateName;
        }
        if (jackson == null) {
            assertTrue(ours == null, () -> "Jackson refused, TokenJson accepted: " + text);
            return false;
        }
        assertFalse(duplicate, text);
        assertTrue(ours != null, () -> "TokenJson refused, Jackson accepted: " + text);
        assertEquals(normalised(jackson), normalised(ours), text);
        return true;
    }

    /** Numbers as BigDecimal (Jackson reads small integers as Integer, TokenJson as Long). */
    private static Object normalised(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, normalised(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(normalised(v)));
            return out;
        }
        if (value instanceof Double d) {
            return d.isInfinite() ? d : BigDecimal.valueOf(d).stripTrailingZeros();
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros();
        }
        return value;
    }
}
