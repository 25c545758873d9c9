package dev.warden.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-file header: default monitor, and the time zone time.* conditions are read in. */
class MonitorAndTimeTest {
    private static final String INGEST = "svc-ingest@warden.test";

    private static final String MONITORED = """
        policy {
            default monitor
        }
        entrypoint new_loader {
            method "a.Loader#load"
        }
        """;

    private static Request call(String method, Instant at) {
        EntryPointCall call = new EntryPointCall("a.Loader", method, List.of(), java.util.Set.of("a.Loader"));
        return new Request(Policies.principal(INGEST), call, Map.of(), at);
    }

    @Test
    void defaultDenyOfATargetFromAMonitorFileIsMonitorOnly() {
        PolicySet policy = Policies.errorsFree(Map.of("base.policy", Policies.DECLARATIONS, "trial.policy", MONITORED));
        Decision trial = policy.decide(call("load", Instant.EPOCH));
        assertEquals(Effect.DENY, trial.effect());
        assertTrue(trial.monitorOnly());
        Decision enforced = policy.decide(Policies.request(INGEST));
        assertFalse(enforced.monitorOnly(), "split_documents is declared in a default-deny file");
        assertFalse(policy.decide(call("unnamed", Instant.EPOCH)).monitorOnly(), "not every file is monitor");
    }

    @Test
    void forbidsAlwaysEnforceEvenInMonitorFiles() {
        PolicySet policy = Policies.compile(Policies.DECLARATIONS + MONITORED
            + "forbid no_loading {\n    principal any\n    call new_loader\n}\n");
        Decision d = policy.decide(call("load", Instant.EPOCH));
        assertEquals(List.of("no_loading"), d.ruleIds());
        assertFalse(d.monitorOnly());
    }

    @Test
    void requestNoDeclarationMatchesIsMonitorOnlyWhenEveryFileIsMonitor() {
        PolicySet policy = Policies.compile(MONITORED);
        assertTrue(policy.decide(call("other", Instant.EPOCH)).monitorOnly());
    }

    @Test
    void timeFactsAreReadInTheFilesTimeZone() {
        PolicySet policy = Policies.compile("""
            policy {
                timezone "Europe/Paris"
            }
            """ + Policies.DECLARATIONS + """
            permit office_hours {
                principal ingest
                call split_documents
                when time.hour >= 9 and time.hour < 18 and time.minute != 59
                unless time.weekday in ["sat", "sun"]
            }
            """);
        // 2026-07-06 is a Monday; Paris is UTC+2 in summer
        assertTrue(policy.decide(at("2026-07-06T07:30:00Z")).permitted(), "09:30 in Paris");
        assertFalse(policy.decide(at("2026-07-06T06:30:00Z")).permitted(), "08:30 in Paris");
        assertFalse(policy.decide(at("2026-07-06T15:59:00Z")).permitted(), "17:59 in Paris, minute 59");
        assertFalse(policy.decide(at("2026-07-04T10:00:00Z")).permitted(), "a Saturday");
        // 2026-01-05 is a Monday; Paris is UTC+1 in winter
        assertTrue(policy.decide(at("2026-01-05T08:00:00Z")).permitted(), "09:00 in Paris");
        assertFalse(policy.decide(at("2026-01-04T23:30:00Z")).permitted(), "Monday 00:30 in Paris");
    }

    @Test
    void filesWithoutAHeaderUseUtc() {
        PolicySet policy = Policies.compile(Policies.DECLARATIONS
            + "permit p {\n    principal ingest\n    call split_documents\n    when time.hour == 0 and time.weekday == \"thu\"\n}\n");
        assertTrue(policy.decide(Policies.request(INGEST)).permitted(), "the epoch: Thursday 00:00 UTC");
        assertFalse(policy.decide(at("1970-01-01T01:00:00Z")).permitted());
    }

    private static Request at(String instant) {
        return new Request(Policies.principal(INGEST), Policies.split(), Map.of(), Instant.parse(instant));
    }
}
