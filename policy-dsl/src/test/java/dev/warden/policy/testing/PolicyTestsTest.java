package dev.warden.policy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.policy.Effect;
import dev.warden.policy.EntryPointCall;
import dev.warden.policy.HttpCall;
import dev.warden.policy.Injection;
import dev.warden.policy.PolicyException;
import dev.warden.policy.PolicyLoader;
import dev.warden.policy.PolicySet;
import dev.warden.policy.Principal;
import dev.warden.policy.Request;
import dev.warden.policy.RuleDeclaration;
import dev.warden.policy.SqlCall;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Judging a decision against a test's expectation, and which rules a run of tests exercised. */
class PolicyTestsTest {
    private static final String ISSUER = "https://issuer.example";
    private static final Principal INGEST = Principal.verified("svc-ingest@example.com", ISSUER);
    private static final Principal STEWARD = new Principal("dpo@example.com", ISSUER, List.of(), List.of("stewards"), Map.of());

    private static final PolicySet SET = compile(Map.of("targets.policy", """
        identity ingest {
            issuer  "https://issuer.example"
            subject "svc-ingest@example.com"
        }
        entrypoint split {
            method "a.Splitter#split"
        }
        endpoint embeddings {
            url "https://api.embed.example/v1/**"
        }
        datasource warehouse {
            url "jdbc:postgresql://db.example/sales"
        }
        credential key {
            source  env "KEY"
            only_to [embeddings]
        }
        approvers stewards {
            group "stewards"
        }
        """, "rules.policy", """
        permit may_split {
            principal ingest
            call      split
            when      arg.size <= 100
        }
        forbid frozen {
            principal any
            call      split
            when      tenant == "frozen"
        }
        permit may_embed {
            principal ingest
            endpoint  embeddings
        }
        mask pii {
            principal any
            endpoint  embeddings
            detect    [email]
        }
        inject bearer {
            principal  ingest
            endpoint   embeddings
            credential key
            into       header "X-Api-Key"
        }
        permit reads {
            principal any
            datasource warehouse
        }
        require_approval deletes {
            principal  any
            datasource warehouse
            approvers  stewards
            when       sql.effects contains "delete"
        }
        forbid bulk {
            principal  any
            datasource warehouse
            when       result.rows > 10
        }
        """));

    private static PolicySet compile(Map<String, String> files) {
        try {
            return PolicyLoader.parse(files);
        } catch (PolicyException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static Request split(Map<String, Object> attributes) {
        return new Request(INGEST, new EntryPointCall("a.Splitter", "split", List.of(), Set.of("a.Splitter")), attributes,
            Instant.EPOCH);
    }

    private static Request embed() {
        return new Request(INGEST, HttpCall.of("POST", "https://api.embed.example/v1/x", Map.of()), Map.of(), Instant.EPOCH);
    }

    private static Request delete() {
        return new Request(STEWARD, SqlCall.of("jdbc:postgresql://db.example/sales"),
            Map.of("sql.effects", Set.of("delete")), Instant.EPOCH);
    }

    private static Expectation expect(Effect effect, Set<String> rules) {
        return new Expectation(effect, rules, Set.of(), Set.of(), Set.of(), false);
    }

    private static PolicyTest test(String name, Request request, Expectation expected) {
        return new PolicyTest(name, "t.policytest:1:1", request, expected);
    }

    @Test
    void aDecisionWithEveryExpectedPartPasses() {
        TestReport report = PolicyTests.run(SET, List.of(
            test("embed", embed(), new Expectation(Effect.PERMIT, Set.of("may_embed"), Set.of("pii"),
                Set.of(new ExpectedInjection("key", Injection.Slot.HEADER, "x-API-key")), Set.of(), false)),
            test("delete", delete(), new Expectation(Effect.APPROVAL_REQUIRED, Set.of("deletes"), Set.of(), Set.of(),
                Set.of("stewards"), false)),
            test("big split", split(Map.of("arg.size", 500L, "tenant", "acme")), expect(Effect.DENY, Set.of()))));
        assertTrue(report.passed(), () -> report.failures().toString());
        assertEquals(3, report.outcomes().size());
    }

    @Test
    void everyPartThatDiffersIsReportedWithExpectedAndActual() {
        TestOutcome outcome = PolicyTests.run(SET, List.of(test("embed", embed(),
            new Expectation(Effect.DENY, Set.of("frozen", "may_embed"), Set.of(),
                Set.of(new ExpectedInjection("key", Injection.Slot.BEARER, null)), Set.of("stewards"), true))))
            .outcomes().get(0);
        assertFalse(outcome.passed());
        assertEquals(List.of(
            new Mismatch("effect", "deny", "permit"),
            new Mismatch("rules", "[frozen, may_embed]", "[may_embed]"),
            new Mismatch("masks", "[]", "[pii]"),
            new Mismatch("injections", "[key into bearer]", "[key into header \"x-api-key\"]"),
            new Mismatch("approvals", "[stewards]", "[]"),
            new Mismatch("monitor_only", "true", "false")), outcome.mismatches());
    }

    @Test
    void rulesAreExercisedWhenTheyDecideOrMatchEvenIfOverridden() {
        // may_split matches but frozen (a forbid) overrides it: both are exercised
        Request frozen = split(Map.of("arg.size", 5L, "tenant", "frozen"));
        assertEquals(Set.of("frozen", "may_split"), PolicyTests.exercised(SET.explain(frozen)));
        // a forbid whose condition errors counts as matched: it is in the rule ids
        assertEquals(Set.of("frozen"), PolicyTests.exercised(SET.explain(split(Map.of("arg.size", 500L)))));
        // a permit whose condition errors did not match: nothing exercised
        assertEquals(Set.of(), PolicyTests.exercised(SET.explain(split(Map.of("tenant", "acme")))));
        // masks and injects that apply are exercised with the permit
        assertEquals(Set.of("may_embed", "pii", "bearer"), PolicyTests.exercised(SET.explain(embed())));
        // a result rule is skipped before the call, and exercised after it
        assertEquals(Set.of("deletes", "reads"), PolicyTests.exercised(SET.explain(delete())));
        assertEquals(Set.of("bulk", "deletes", "reads"), PolicyTests.exercised(SET.explain(delete().withResult(11))));
    }

    @Test
    void theReportListsTheRulesNoTestExercisedWithWhereTheyAre() {
        TestReport report = PolicyTests.run(SET, List.of(test("embed", embed(), expect(Effect.PERMIT, Set.of("may_embed")))));
        assertEquals(List.of("bulk", "deletes", "frozen", "may_split", "reads"),
            report.unexercised().stream().map(RuleDeclaration::id).toList());
        assertEquals(new RuleDeclaration("bulk", "forbid", "rules.policy", 36), report.unexercised().get(0));
        assertEquals("forbid 'bulk' (rules.policy:36)", report.unexercised().get(0).describe());
        assertEquals(8, report.rules().size());
        assertTrue(report.passed() == report.failures().isEmpty());
    }

    @Test
    void noTestsExerciseNothing() {
        TestReport report = PolicyTests.run(SET, List.of());
        assertTrue(report.passed());
        assertEquals(report.rules(), report.unexercised());
    }
}
