package dev.warden.policy;

import static dev.warden.policy.Policies.request;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** examples/chunking.policy, the policy the demo runs: it parses and decides as documented. */
class ChunkingExampleTest {
    private static PolicySet policy;

    @BeforeAll
    static void load() throws PolicyException {
        policy = PolicyLoader.load(List.of(Path.of("../examples/chunking.policy")));
    }

    @Test
    void namesBothSplitterMethodsForInstrumentation() {
        assertEquals(List.of(
                new EntryPointPattern(Policies.SPLITTER, "split", null),
                new EntryPointPattern(Policies.SPLITTER, "splitAll", null)),
            policy.entryPoints());
    }

    @Test
    void ingestMaySplitUpToFiveMillionCharacters() {
        Decision decision = policy.decide(request("svc-ingest@warden.test", Map.of("arg.size", 5_000_000L)));
        assertEquals(new Decision(Effect.PERMIT, List.of("ingest_may_split"), "permitted by rule 'ingest_may_split'",
            policy.revision()), decision);
    }

    @Test
    void ingestMayNotSplitMoreThanFiveMillionCharacters() {
        Decision decision = policy.decide(request("svc-ingest@warden.test", Map.of("arg.size", 5_000_001L)));
        assertEquals(Effect.DENY, decision.effect());
        assertEquals(List.of(), decision.ruleIds());
        assertEquals("no rule permits subject 'svc-ingest@warden.test' of issuer 'https://issuer.warden.test' to call "
            + "dev.langchain4j.data.document.splitter.DocumentByParagraphSplitter#split", decision.reason());
    }

    @Test
    void reportingIsForbiddenByItsRuleWhateverTheSize() {
        Decision decision = policy.decide(request("svc-reporting@warden.test", Map.of("arg.size", 10L)));
        assertEquals(Effect.DENY, decision.effect());
        assertEquals(List.of("reporting_never_splits"), decision.ruleIds());
        assertEquals("forbidden by rule 'reporting_never_splits'", decision.reason());
    }

    @Test
    void anonymousCallerIsDeniedByDefault() {
        Decision decision = policy.decide(request(Principal.anonymous(), Map.of("arg.size", 10L)));
        assertEquals(Effect.DENY, decision.effect());
        assertEquals(List.of(), decision.ruleIds());
    }

    @Test
    void ingestWithoutSizeAttributeIsDeniedAndTheReasonSaysWhy() {
        Decision decision = policy.decide(request("svc-ingest@warden.test", Map.of()));
        assertEquals(Effect.DENY, decision.effect());
        assertEquals(List.of(), decision.ruleIds());
        assertEquals("no rule permits subject 'svc-ingest@warden.test' of issuer 'https://issuer.warden.test' to call "
            + "dev.langchain4j.data.document.splitter.DocumentByParagraphSplitter#split; permit 'ingest_may_split' did "
            + "not apply because its condition could not be evaluated (attribute 'arg.size' is missing)", decision.reason());
    }

    @Test
    void revisionIsTheShortSha256OfTheSource() {
        assertEquals(23, policy.revision().length());
        assertEquals("sha256:", policy.revision().substring(0, 7));
    }
}
