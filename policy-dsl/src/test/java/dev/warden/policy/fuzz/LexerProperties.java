package dev.warden.policy.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.warden.policy.Diagnostic;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Every character, one at a time, where the lexer must reject it: after a backslash in a string,
 * and where a token should start. One code point, one diagnostic, shown so that it can be printed.
 */
@AddLifecycleHook(FuzzSettings.class)
class LexerProperties {
    private static final String VALID_ESCAPES = "\"\\ntru";
    private static final String STARTS_A_TOKEN_OR_SPACE = "\"#{}[](),.<>=!&| \t\f\n\r";

    @Property(tries = 100)
    void anEscapeTheLanguageDoesNotDefineIsOneP003AtTheBackslash(@ForAll("notEscapes") int codePoint) {
        String escape = Character.toString(codePoint);
        Diagnostic d = onlyDiagnostic("identity i {\n    issuer \"a\\" + escape + "b\"\n    subject \"s\"\n}\n", codePoint);
        assertEquals("P003 at 2:14 length " + (1 + escape.length()), d.code() + " at " + d.line() + ":" + d.column()
            + " length " + d.length(), d::render);
    }

    @Property(tries = 100)
    void aCharacterThatStartsNoTokenIsOneP004(@ForAll("strays") int codePoint) {
        String stray = Character.toString(codePoint);
        Diagnostic d = onlyDiagnostic("identity i {\n    issuer \"a\"\n    subject \"s\" " + stray + "\n}\n", codePoint);
        assertEquals("P004 at 3:17 length " + stray.length(), d.code() + " at " + d.line() + ":" + d.column()
            + " length " + d.length(), d::render);
    }

    private static Diagnostic onlyDiagnostic(String source, int codePoint) {
        BoundedParse.Outcome outcome = BoundedParse.parse("chars.policy", source);
        assertFalse(outcome.compiled(), () -> "accepted U+" + Integer.toHexString(codePoint) + ":\n" + Inputs.escaped(source));
        List<Diagnostic> diagnostics = outcome.error().diagnostics();
        assertEquals(1, diagnostics.size(), () -> "U+" + Integer.toHexString(codePoint) + ": " + outcome.error().getMessage());
        Diagnostic d = diagnostics.get(0);
        assertFalse(hasLoneSurrogate(d.message()), () -> "the message splits a character: " + Inputs.escaped(d.message()));
        return d;
    }

    private static boolean hasLoneSurrogate(String text) {
        return text.codePoints().anyMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
    }

    /** Any code point but the documented escapes and line breaks (which end the string). */
    @Provide
    Arbitrary<Integer> notEscapes() {
        return codePoints().filter(cp -> VALID_ESCAPES.indexOf(cp) < 0 && cp != '\n' && cp != '\r');
    }

    /** Any code point that starts no token and is not white space, lone surrogates included. */
    @Provide
    Arbitrary<Integer> strays() {
        return codePoints().filter(cp -> !(cp < 128 && (Character.isLetterOrDigit(cp) || cp == '_' || cp == '-'))
            && STARTS_A_TOKEN_OR_SPACE.indexOf(cp) < 0);
    }

    /** Controls, ASCII, the BOM, lone surrogates, and anything up to U+10FFFF. */
    private static Arbitrary<Integer> codePoints() {
        return Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.integers().between(0, 127)),
            Tuple.of(1, Arbitraries.of(0, 0xFEFF, 0x2028, 0x0085, 0x200B, 0xD800, 0xDFFF, 0x1F600, 0x10FFFF)),
            Tuple.of(2, Arbitraries.integers().between(128, Character.MAX_CODE_POINT)));
    }
}
