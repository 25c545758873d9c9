package dev.warden.policy;

import static dev.warden.policy.Policies.http;
import static dev.warden.policy.Policies.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** explain(): every rule's outcome with the clause that decided it, and agreement with decide(). */
class ExplainTest {
    private static final String INGEST = "svc-ingest@warden.test";

    private static final PolicySet POLICY = Policies.compile(Policies.DECLARATIONS + """
        endpoint embeddings {
            url "https://api.embed.example/v1/**"
        }
        datasource warehouse {
            url "jdbc:postgresql://warehouse.example/sales"
        }
        approvers stewards {
            group "data-stewards"
        }
        permit ingest_may_split {
            principal ingest
            call      split_documents
            when      arg.size <= 100
            unless    arg.count > 3
        }
        forbid reporting_never_splits {
            principal reporting
            call      split_documents
        }
        forbid tenant_frozen {
            principal any
            call      any
            when      tenant == "frozen"
        }
        permit embeds {
            principal [ingest, reporting]
            endpoint  embeddings
        }
        require_approval deletes {
            principal any
            datasource warehouse
            approvers stewards
            when sql.effects contains "delete"
        }
        permit reads {
            principal ingest
            datasource warehouse
        }
        forbid huge {
            principal any
            datasource warehouse
            when result.rows > 1000
        }
        mask emails {
            principal any
            datasource any
            detect email
        }
        """);

    @Test
    void everyRuleIsTracedWithTheClauseThatDecidedIt() {
        Explanation e = POLICY.explain(Policies.request(INGEST, Map.of("arg.size", 500L, "arg.count", 1L, "tenant", "acme")));
        assertEquals(List.of("deletes", "emails", "embeds", "huge", "ingest_may_split", "reads", "reporting_never_splits",
            "tenant_frozen"), e.rules().stream().map(RuleTrace::ruleId).toList());
        assertEquals(new RuleTrace("ingest_may_split", "permit", RuleTrace.Status.NOT_MATCHED, "when arg.size <= 100",
            "it is false"), e.rule("ingest_may_split"));
        assertEquals(new RuleTrace("reporting_never_splits", "forbid", RuleTrace.Status.NOT_MATCHED, "principal",
            "the caller matches none of: reporting"), e.rule("reporting_never_splits"));
        assertEquals(RuleTrace.Status.NOT_MATCHED, e.rule("embeds").status());
        assertEquals("endpoint", e.rule("embeds").clause());
        assertEquals("the rule covers HTTP endpoints, and this request is an entry-point call", e.rule("embeds").detail());
        assertEquals(new RuleTrace("tenant_frozen", "forbid", RuleTrace.Status.NOT_MATCHED, "when tenant == \"frozen\"",
            "it is false"), e.rule("tenant_frozen"));
        assertEquals(Effect.DENY, e.decision().effect());
    }

    @Test
    void unlessThatHoldsIsTheFailedClause() {
        Explanation e = POLICY.explain(Policies.request(INGEST, Map.of("arg.size", 5L, "arg.count", 9L, "tenant", "a")));
        assertEquals("unless arg.count > 3", e.rule("ingest_may_split").clause());
        assertEquals("it is true", e.rule("ingest_may_split").detail());
    }

    @Test
    void errorsSayWhyAndWhatTheyMeanForTheRuleKind() {
        Explanation e = POLICY.explain(Policies.request(INGEST, Map.of("arg.size", 5L, "arg.count", 1L)));
        assertEquals(new RuleTrace("tenant_frozen", "forbid", RuleTrace.Status.ERROR, "when tenant == \"frozen\"",
            "attribute 'tenant' is missing; a forbid that cannot be evaluated counts as matched"), e.rule("tenant_frozen"));
        assertEquals(List.of("tenant_frozen"), e.decision().ruleIds());
    }

    @Test
    void targetNotNamedAndResultRulesSkippedBeforeTheCall() {
        Request read = sql(INGEST, "jdbc:postgresql://warehouse.example/hr", Map.of("sql.effects", Set.of("select")));
        Explanation e = POLICY.explain(read);
        assertEquals("datasource", e.rule("reads").clause());
        assertEquals("postgresql://warehouse.example:5432/hr is not warehouse", e.rule("reads").detail());
        Explanation onWarehouse = POLICY.explain(sql(INGEST, "jdbc:postgresql://warehouse.example/sales",
            Map.of("sql.effects", Set.of("select"))));
        assertEquals(RuleTrace.Status.SKIPPED, onWarehouse.rule("huge").status());
        assertEquals(RuleTrace.Status.MATCHED, onWarehouse.rule("reads").status());
        assertNull(onWarehouse.rule("reads").clause());
    }

    @Test
    void renderedExplanationEndsWithTheDecision() {
        Explanation e = POLICY.explain(Policies.request(INGEST, Map.of("arg.size", 5L, "arg.count", 1L, "tenant", "a")));
        String text = e.render();
        assertEquals("permit 'ingest_may_split': matched", text.lines().filter(l -> l.contains("ingest_may_split")).findFirst().orElseThrow());
        assertEquals("decision: PERMIT (ingest_may_split): permitted by rule 'ingest_may_split'", text.lines().reduce((a, b) -> b).orElseThrow());
        assertEquals("forbid 'reporting_never_splits': not matched at 'principal' (the caller matches none of: reporting)",
            text.lines().filter(l -> l.contains("reporting_never_splits")).findFirst().orElseThrow());
    }

    @Test
    void explainAgreesWithDecideOnManyRequests() {
        Random random = new Random(42);
        List<Request> requests = new ArrayList<>();
        String[] subjects = {INGEST, "svc-reporting@warden.test", "stranger"};
        for (int i = 0; i < 2000; i++) {
            Principal who = random.nextInt(5) == 0 ? Principal.anonymous() : Policies.principal(subjects[random.nextInt(3)]);
            Map<String, Object> attrs = new java.util.HashMap<>();
            if (random.nextBoolean()) {
                attrs.put("arg.size", (long) random.nextInt(200));
            }
            if (random.nextBoolean()) {
                attrs.put("arg.count", (long) random.nextInt(6));
            }
            if (random.nextInt(3) > 0) {
                attrs.put("tenant", random.nextBoolean() ? "frozen" : "acme");
            }
            if (random.nextBoolean()) {
                attrs.put("sql.effects", random.nextBoolean() ? Set.of("delete") : Set.of("select"));
            }
            if (random.nextInt(3) == 0) {
                attrs.put("result.rows", (long) random.nextInt(2000));
            }
            Action action = switch (random.nextInt(3)) {
                case 0 -> Policies.split();
                case 1 -> HttpCall.of("POST", random.nextBoolean() ? "https://api.embed.example/v1/x" : "https://x.example/", Map.of());
                default -> SqlCall.of(random.nextBoolean() ? "jdbc:postgresql://warehouse.example/sales" : "jdbc:h2:mem:x");
            };
            requests.add(new Request(who, action, attrs, Instant.EPOCH));
        }
        for (Request request : requests) {
            Explanation e = POLICY.explain(request);
            Decision d = POLICY.decide(request);
            assertEquals(d, e.decision());
            assertEquals(d.ruleIds(), expectedIds(e, d.effect()), () -> e.render());
        }
    }

    /** The rule ids a decision must report, derived from the traces alone. */
    private static List<String> expectedIds(Explanation e, Effect effect) {
        List<String> forbids = ids(e, "forbid", true);
        if (!forbids.isEmpty()) {
            return forbids;
        }
        List<String> approvals = ids(e, "require_approval", true);
        if (!approvals.isEmpty()) {
            return approvals;
        }
        return effect == Effect.DENY ? List.of() : ids(e, "permit", false);
    }

    private static List<String> ids(Explanation e, String kind, boolean errorsCount) {
        return e.rules().stream().filter(r -> r.kind().equals(kind))
            .filter(r -> r.status() == RuleTrace.Status.MATCHED || (errorsCount && r.status() == RuleTrace.Status.ERROR))
            .map(RuleTrace::ruleId).toList();
    }
}
