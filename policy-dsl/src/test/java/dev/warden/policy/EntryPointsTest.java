package dev.warden.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** entryPoints(): every method every entrypoint names, with or without parameter types. */
class EntryPointsTest {

    @Test
    void methodStringsBecomePatternsInDeclarationOrderWithoutDuplicates() {
        PolicySet policy = Policies.compile("""
            entrypoint a {
                method "p.Splitter#split"
                method "p.Splitter#splitAll(java.util.List)"
            }
            entrypoint b {
                method "p.Loader#load(java.lang.String, int, byte[])"
                method "p.Loader#close()"
                method "p.Splitter#split"
                method "p.Outer$Inner#run"
            }
            """);
        assertEquals(List.of(
            new EntryPointPattern("p.Splitter", "split", null),
            new EntryPointPattern("p.Splitter", "splitAll", List.of("java.util.List")),
            new EntryPointPattern("p.Loader", "load", List.of("java.lang.String", "int", "byte[]")),
            new EntryPointPattern("p.Loader", "close", List.of()),
            new EntryPointPattern("p.Outer$Inner", "run", null)), policy.entryPoints());
    }

    @Test
    void patternWithParametersMatchesOnlyThatOverload() {
        EntryPointPattern pattern = new EntryPointPattern("p.S", "splitAll", List.of("java.util.List"));
        assertTrue(pattern.matches(new EntryPointCall("p.Impl", "splitAll", List.of("java.util.List"), Set.of("p.Impl", "p.S"))));
        assertFalse(pattern.matches(new EntryPointCall("p.Impl", "splitAll", List.of(), Set.of("p.Impl", "p.S"))));
    }

    @Test
    void overloadSpecificEntrypointGatesOnlyThatOverload() {
        PolicySet policy = Policies.compile(Policies.DECLARATIONS
            + "entrypoint list_only {\n    method \"p.S#splitAll(java.util.List)\"\n}\n"
            + "permit p {\n    principal ingest\n    call list_only\n}\n");
        Principal ingest = Policies.principal("svc-ingest@warden.test");
        EntryPointCall list = new EntryPointCall("p.S", "splitAll", List.of("java.util.List"), Set.of("p.S"));
        EntryPointCall array = new EntryPointCall("p.S", "splitAll", List.of("p.Doc[]"), Set.of("p.S"));
        assertTrue(policy.decide(new Request(ingest, list, java.util.Map.of())).permitted());
        assertFalse(policy.decide(new Request(ingest, array, java.util.Map.of())).permitted());
    }
}
