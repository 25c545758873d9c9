package dev.warden.policy;

import static dev.warden.policy.Policies.select;
import static dev.warden.policy.Policies.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Datasource declarations, SQL facts, require_approval, and rules over results. */
class DatasourceDecideTest {
    private static final String INGEST = "svc-ingest@warden.test";
    private static final String URL = "jdbc:postgresql://warehouse.example:5432/sales";

    private static final PolicySet POLICY = Policies.compile(Policies.DECLARATIONS + """
        datasource warehouse {
            url "jdbc:postgresql://warehouse.example/sales"
        }
        approvers stewards {
            group "data-stewards"
            subject "alice@example.com"
        }
        permit ingest_reads {
            principal ingest
            datasource warehouse
            when sql.effects contains "select"
        }
        permit ingest_writes {
            principal ingest
            datasource warehouse
            when sql.effects contains "update" or sql.effects contains "delete"
        }
        require_approval risky_writes {
            principal any
            datasource warehouse
            approvers stewards
            when not sql.has_where or sql.statements > 1
        }
        forbid no_ddl {
            principal any
            datasource any
            when sql.effects contains "drop" or sql.effects contains "truncate" or not sql.parsed
        }
        forbid huge_reads {
            principal any
            datasource warehouse
            when result.rows > 10000
        }
        """);

    @Test
    void sameDatabaseSpeltDifferentlyIsTheSameDatasource() {
        Decision d = POLICY.decide(sql(INGEST, "jdbc:postgresql://WAREHOUSE.example/sales?ssl=true", select()));
        assertEquals(List.of("ingest_reads"), d.ruleIds());
        assertTrue(d.permitted());
    }

    @Test
    void anotherDatabaseOnTheSameHostIsNot() {
        Decision d = POLICY.decide(sql(INGEST, "jdbc:postgresql://warehouse.example/hr", select()));
        assertEquals(Effect.DENY, d.effect());
        assertTrue(d.reason().endsWith("to run SQL on postgresql://warehouse.example:5432/hr"), d.reason());
    }

    @Test
    void updateWithoutWhereNeedsApprovalWithTheApprovers() {
        Decision d = POLICY.decide(sql(INGEST, URL, Map.of("sql.effects", Set.of("update"), "sql.has_where", false,
            "sql.parsed", true, "sql.statements", 1L)));
        assertEquals(Effect.APPROVAL_REQUIRED, d.effect());
        assertEquals(List.of("risky_writes"), d.ruleIds());
        assertEquals("approval required by rule 'risky_writes'", d.reason());
        assertEquals(List.of(new ApprovalRequirement("risky_writes", "stewards", List.of("data-stewards"),
            List.of("alice@example.com"))), d.obligations().approvals());
    }

    @Test
    void forbidBeatsApprovalAndApprovalBeatsPermit() {
        Decision drop = POLICY.decide(sql(INGEST, URL, Map.of("sql.effects", Set.of("select", "drop"), "sql.has_where",
            false, "sql.parsed", true, "sql.statements", 2L)));
        assertEquals(List.of("no_ddl"), drop.ruleIds());
        assertEquals(Effect.DENY, drop.effect());
    }

    @Test
    void approvalRuleThatErrorsCountsAsMatched() {
        Decision d = POLICY.decide(sql(INGEST, URL, Map.of("sql.effects", Set.of("delete"), "sql.parsed", true)));
        assertEquals(Effect.APPROVAL_REQUIRED, d.effect());
        assertTrue(d.reason().contains("a require_approval rule that cannot be evaluated counts as matched"), d.reason());
    }

    @Test
    void unparsedSqlIsForbidden() {
        Map<String, Object> facts = Map.of("sql.effects", Set.of("other"), "sql.has_where", true, "sql.parsed", false,
            "sql.statements", 1L);
        assertEquals(List.of("no_ddl"), POLICY.decide(sql(INGEST, URL, facts)).ruleIds());
    }

    @Test
    void resultRulesAreIgnoredBeforeTheCallAndDecideAfterIt() {
        Request before = sql(INGEST, URL, select());
        assertFalse(before.hasResult());
        assertTrue(POLICY.decide(before).permitted());
        assertTrue(POLICY.decide(before.withResult(10_000)).permitted());
        Decision after = POLICY.decide(before.withResult(10_001));
        assertEquals(List.of("huge_reads"), after.ruleIds());
        assertEquals(Effect.DENY, after.effect());
    }

    @Test
    void setAttributeOfTheWrongTypeIsAnErrorAndAForbidThatErrorsDenies() {
        Decision d = POLICY.decide(sql(INGEST, URL, Map.of("sql.effects", "select", "sql.parsed", true)));
        assertEquals(List.of("no_ddl"), d.ruleIds());
        assertTrue(d.reason().contains("attribute 'sql.effects' is a string, not a set"), d.reason());
    }
}
