package dev.warden.policy.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

    @ParameterizedTest(name = "\"{0}\" vs \"{1}\" -> {2}")
    @CsvSource({
        "svc-ingest@warden.test, svc-ingest@warden.test, true",
        "svc-ingest@warden.test, svc-ingest@warden.tes, false",
        "svc-*@warden.test, svc-ingest@warden.test, true",
        "svc-*@warden.test, svc-@warden.test, true",
        "svc-*@warden.test, svc-a.b@warden.test, false",
        "svc-*@warden.test, svc-a/b@warden.test, false",
        "svc-*@warden.test, svc-a:b@warden.test, false",
        "*@warden.test, x@y@warden.test, false",
        "**@warden.test, x@y@warden.test, true",
        "**, '', true",
        "*, '', true",
        "*, a.b, false",
        "spiffe://warden.test/ns/*/sa/ingest, spiffe://warden.test/ns/prod/sa/ingest, true",
        "spiffe://warden.test/ns/*/sa/ingest, spiffe://warden.test/ns/prod/x/sa/ingest, false",
        "spiffe://warden.test/**/ingest, spiffe://warden.test/ns/prod/x/sa/ingest, true",
        "a*b*c, abc, true",
        "a*b*c, aXbYc, true",
        "a*b*c, aXbY, false",
        "**.test, a.b.test, true",
    })
    void matchesWithSegmentAwareWildcards(String pattern, String subject, boolean expected) {
        assertEquals(expected, Glob.compile(pattern, Glob.SUBJECT).matches(subject));
    }

    @Test
    void longPatternsUseTheSameSemantics() {
        String prefix = "x".repeat(80);
        Glob glob = Glob.compile(prefix + "-*@warden.test", Glob.SUBJECT);
        assertTrue(glob.matches(prefix + "-svc@warden.test"));
        assertFalse(glob.matches(prefix + "-svc.a@warden.test"));
        assertTrue(Glob.compile(prefix + "**", Glob.SUBJECT).matches(prefix + "a.b.c"));
    }

    @Test
    void pathologicalInputIsHandledWithoutBacktracking() {
        // a backtracking matcher takes exponential time here; the NFA simulation is linear
        Glob glob = Glob.compile("*a*a*a*a*a*a*a*a*a*a*b", Glob.SUBJECT);
        assertFalse(glob.matches("a".repeat(100_000)));
        Glob deep = Glob.compile("**a**a**a**a**a**a**a**a**b", Glob.SUBJECT);
        assertFalse(deep.matches("a".repeat(100_000)));
    }
}
