package dev.warden.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** examples/rag-pipeline/: several files that form one set, with no error and no warning. */
class RagPipelineExampleTest {
    private static final String ISSUER = "https://login.example.com";
    private static final String WAREHOUSE = "jdbc:postgresql://Warehouse.internal.example/analytics?sslmode=require";
    private static final Instant TEN_AM_PARIS = Instant.parse("2026-03-10T09:00:00Z");
    private static PolicySet policy;

    @BeforeAll
    static void load() {
        CheckResult result = PolicyLoader.check(List.of(Path.of("../examples/rag-pipeline")));
        assertEquals(List.of(), result.diagnostics().stream().map(Diagnostic::render).toList());
        policy = result.policySet();
    }

    private static Principal ingest() {
        return new Principal("svc-ingest@pipelines.example.com", ISSUER, List.of("rag-pipeline"), List.of(), Map.of());
    }

    private static Principal onCall() {
        return new Principal("alice@example.com", ISSUER, List.of(), List.of("sre-on-call"), Map.of());
    }

    @Test
    void ingestEmbedsWithTheInjectedKeyAndMasksApplied() {
        Decision d = policy.decide(new Request(ingest(), HttpCall.of("POST", "https://api.embeddings.example/v1/embeddings",
            Map.of()), Map.of("payload.size", 10_000L), TEN_AM_PARIS));
        assertEquals(Effect.PERMIT, d.effect());
        assertEquals(List.of("ingest_may_embed"), d.ruleIds());
        assertEquals("embeddings_key", d.obligations().injections().get(0).credential());
        assertEquals(Injection.Slot.BEARER, d.obligations().injections().get(0).slot());
        assertEquals(List.of("pii_before_embedding"), d.obligations().masks().stream().map(MaskSpec::ruleId).toList());
    }

    @Test
    void splittingCarriesTheInputMask() {
        Decision d = policy.decide(new Request(ingest(), Policies.split(), Map.of("arg.size", 1000L), TEN_AM_PARIS));
        assertEquals(List.of("ingest_may_split"), d.ruleIds());
        assertEquals(MaskSpec.Apply.INPUT, d.obligations().masks().get(0).apply());
    }

    @Test
    void deleteWithoutWhereNeedsADataSteward() {
        Decision d = policy.decide(new Request(onCall(), SqlCall.of(WAREHOUSE), Map.of("sql.effects", Set.of("delete"),
            "sql.has_where", false, "sql.parsed", true, "sql.statements", 1L), TEN_AM_PARIS));
        assertEquals(Effect.APPROVAL_REQUIRED, d.effect());
        assertEquals(List.of("risky_sql"), d.ruleIds());
        assertEquals(List.of("data-stewards"), d.obligations().approvals().get(0).groups());
    }

    @Test
    void targetedDeleteInOfficeHoursIsPermittedButNotAtNight() {
        Map<String, Object> facts = Map.of("sql.effects", Set.of("delete"), "sql.has_where", true, "sql.parsed", true,
            "sql.statements", 1L);
        assertTrue(policy.decide(new Request(onCall(), SqlCall.of(WAREHOUSE), facts, TEN_AM_PARIS)).permitted());
        Decision night = policy.decide(new Request(onCall(), SqlCall.of(WAREHOUSE), facts,
            Instant.parse("2026-03-10T21:00:00Z")));
        assertEquals(Effect.APPROVAL_REQUIRED, night.effect());
    }

    @Test
    void dropIsForbiddenForEveryone() {
        Decision d = policy.decide(new Request(onCall(), SqlCall.of(WAREHOUSE), Map.of("sql.effects", Set.of("drop"),
            "sql.has_where", true, "sql.parsed", true, "sql.statements", 1L), TEN_AM_PARIS));
        assertEquals(List.of("no_schema_changes"), d.ruleIds());
    }

    @Test
    void bulkReadIsStoppedOnceTheRowCountIsKnown() {
        Request read = new Request(ingest(), SqlCall.of(WAREHOUSE), Map.of("sql.effects", Set.of("select"),
            "sql.has_where", true, "sql.parsed", true, "sql.statements", 1L), TEN_AM_PARIS);
        assertTrue(policy.decide(read).permitted());
        assertEquals(List.of("no_bulk_export"), policy.decide(read.withResult(250_000)).ruleIds());
    }
}
