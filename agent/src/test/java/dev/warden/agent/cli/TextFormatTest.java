package dev.warden.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextFormatTest {

    @Test
    void aPlainValueIsACellAsItIs() {
        assertEquals("svc-ingest@warden.test", TextFormat.cell("svc-ingest@warden.test"));
        assertEquals("http POST /chunk", TextFormat.cell("http POST /chunk"));
        assertEquals("rejected: expired", TextFormat.cell("rejected: expired"));
        assertEquals("x\uD83D\uDE00", TextFormat.cell("x\uD83D\uDE00")); // a surrogate pair prints
    }

    @Test
    void aValueThatCouldLookLikeTwoCellsIsQuoted() {
        assertEquals("\"a  b\"", TextFormat.cell("a  b"));
        assertEquals("\" a\"", TextFormat.cell(" a"));
        assertEquals("\"a \"", TextFormat.cell("a "));
        assertEquals("\"\"", TextFormat.cell(""));
        assertEquals("\"say \\\"hi\\\" \\\\o/\"", TextFormat.cell("say \"hi\" \\o/"));
    }

    @Test
    void controlAndInvisibleCharactersAreEscaped() {
        assertEquals("\"a\\nb\\rc\\td\"", TextFormat.cell("a\nb\rc\td"));
        assertEquals("\"\\u0000\\u001b[2K\\u007f\"", TextFormat.cell("\u0000\u001b[2K\u007f"));
        assertEquals("\"\\u0085\\u009b\"", TextFormat.cell("\u0085\u009b"));
        assertEquals("\"\\u2028\\u2029\"", TextFormat.cell("\u2028\u2029"));
        assertEquals("\"\\u202a\\u202b\\u202c\\u202d\\u202e\"", TextFormat.cell("\u202a\u202b\u202c\u202d\u202e"));
        assertEquals("\"\\u2066\\u2067\\u2068\\u2069\"", TextFormat.cell("\u2066\u2067\u2068\u2069"));
        assertEquals("\"a\\ud800b\\udc00\"", TextFormat.cell("a\ud800b\udc00"));
        assertEquals("\"\\u00a0\\u200b\"", TextFormat.cell("\u00a0\u200b"));
    }

    @Test
    void aListQuotesAnElementHoldingItsSeparator() {
        assertEquals("a,\"b,c\",\"d\\ne\"", TextFormat.list(java.util.List.of("a", "b,c", "d\ne")));
        assertEquals(TextFormat.NONE, TextFormat.list(java.util.List.of()));
    }
}
