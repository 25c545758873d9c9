package dev.warden.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** EntryPointCall.of: a call written as people write it in request files. */
class EntryPointCallOfTest {

    @Test
    void readsClassMethodParametersAndSupertypes() {
        EntryPointCall call = EntryPointCall.of("a.b.Impl#split( a.b.Document ,int[], java.util.Map$Entry )",
            List.of("a.b.Splitter"));
        assertEquals(new EntryPointCall("a.b.Impl", "split", List.of("a.b.Document", "int[]", "java.util.Map$Entry"),
            Set.of("a.b.Impl", "a.b.Splitter")), call);
        assertEquals(List.of(), EntryPointCall.of("a.B#run()", List.of()).parameterTypes());
    }

    @Test
    void anInterfacePatternMatchesACallThatNamesItAsASupertype() {
        EntryPointPattern pattern = new EntryPointPattern("a.b.Splitter", "split", null);
        assertTrue(pattern.matches(EntryPointCall.of("a.b.Impl#split(a.b.Document)", List.of("a.b.Splitter"))));
        assertEquals(false, pattern.matches(EntryPointCall.of("a.b.Impl#split(a.b.Document)", List.of())));
    }

    @Test
    void malformedSignaturesSayHowToWriteThem() {
        assertEquals("'a.B#split' is not a call: write Class#method(Type, ...), with () for a method without parameters",
            assertThrows(IllegalArgumentException.class, () -> EntryPointCall.of("a.B#split", List.of())).getMessage());
        assertThrows(IllegalArgumentException.class, () -> EntryPointCall.of("a.B.split()", List.of()));
        assertThrows(IllegalArgumentException.class, () -> EntryPointCall.of("a.B#sp-lit()", List.of()));
        assertThrows(IllegalArgumentException.class, () -> EntryPointCall.of("a.B#split(int,)", List.of()));
        assertEquals("'a..B' is not a supertype name: use the binary name, e.g. java.util.List, pkg.Outer$Inner, int, byte[]",
            assertThrows(IllegalArgumentException.class, () -> EntryPointCall.of("a.B#split()", List.of("a..B")))
                .getMessage());
    }
}
