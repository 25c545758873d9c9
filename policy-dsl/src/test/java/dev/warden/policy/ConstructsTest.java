package dev.warden.policy;

import static dev.warden.policy.Policies.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Identity groups, claims and audiences; the in, matches and contains operators. */
class ConstructsTest {
    private static final String ISSUER = Policies.ISSUER;

    private static PolicySet identity(String fields) {
        return Policies.compile("identity etl {\n    issuer \"" + ISSUER + "\"\n    subject \"svc-*@warden.test\"\n"
            + fields + "}\nentrypoint split_documents {\n    method \"" + Policies.SPLITTER + "#split\"\n}\n"
            + "permit p {\n    principal etl\n    call split_documents\n}\n");
    }

    private static boolean permits(PolicySet policy, List<String> groups, Map<String, String> claims) {
        return policy.decide(request(new Principal("svc-a@warden.test", ISSUER, groups, claims), Map.of())).permitted();
    }

    @Test
    void everyGroupOfAnIdentityIsRequired() {
        PolicySet policy = identity("    group \"etl\"\n    group \"eu\"\n");
        assertTrue(permits(policy, List.of("eu", "etl", "other"), Map.of()));
        assertFalse(permits(policy, List.of("etl"), Map.of()));
    }

    @Test
    void everyClaimOfAnIdentityMustHaveItsValue() {
        PolicySet policy = identity("    claim tenant \"acme\"\n    claim env \"prod\"\n");
        assertTrue(permits(policy, List.of(), Map.of("tenant", "acme", "env", "prod")));
        assertFalse(permits(policy, List.of(), Map.of("tenant", "acme", "env", "dev")));
        assertFalse(permits(policy, List.of(), Map.of("tenant", "acme")));
    }

    @Test
    void audienceIsOneOfThePrincipalsAudiences() {
        PolicySet policy = identity("    audience \"warden\"\n");
        Principal listed = new Principal("svc-a@warden.test", ISSUER, List.of("x", "warden"), List.of(), Map.of());
        Principal fromClaim = new Principal("svc-a@warden.test", ISSUER, List.of(), Map.of("aud", "other, warden"));
        Principal other = new Principal("svc-a@warden.test", ISSUER, List.of("wardens"), List.of(), Map.of());
        assertTrue(policy.decide(request(listed, Map.of())).permitted());
        assertTrue(policy.decide(request(fromClaim, Map.of())).permitted());
        assertFalse(policy.decide(request(other, Map.of())).permitted());
    }

    private static boolean when(String condition, Map<String, Object> attributes) {
        return Policies.withRules("permit p {\n    principal any\n    call split_documents\n    when " + condition + "\n}\n")
            .decide(request("svc-ingest@warden.test", attributes)).permitted();
    }

    @Test
    void inTestsMembershipOfALiteralList() {
        assertTrue(when("tenant in [\"acme\", \"globex\"]", Map.of("tenant", "globex")));
        assertFalse(when("tenant in [\"acme\", \"globex\"]", Map.of("tenant", "initech")));
        assertTrue(when("arg.count in [1, 2, 3]", Map.of("arg.count", 2L)));
        assertFalse(when("tenant in [\"acme\"]", Map.of()), "a missing attribute is an error, and a permit that errors does not match");
        assertFalse(when("tenant in [1, 2]", Map.of("tenant", "acme")), "wrong runtime type is an error");
    }

    @Test
    void matchesIsAWholeValueRe2Match() {
        assertTrue(when("principal.subject matches \"svc-[a-z]+@warden\\\\.test\"", Map.of()));
        assertFalse(when("principal.subject matches \"svc-[a-z]+\"", Map.of()), "the whole value must match");
        assertTrue(when("principal.subject matches \".*ingest.*\"", Map.of()));
        assertFalse(when("label matches \"a+\"", Map.of("label", 3L)), "an integer is not a string: error");
    }

    @Test
    void matchesRunsInLinearTimeOnPathologicalInput() {
        // (a+)+b backtracks exponentially on a run of a's in a backtracking engine; RE2 does not
        assertFalse(when("label matches \"(a+)+b\"", Map.of("label", "a".repeat(50_000))));
    }

    @Test
    void containsWorksOnAnySetAttribute() {
        assertTrue(when("labels contains \"pii\"", Map.of("labels", Set.of("pii", "eu"))));
        assertFalse(when("labels contains \"pii\"", Map.of("labels", Set.of("eu"))));
        assertFalse(when("labels contains \"pii\"", Map.of("labels", "pii")), "a string is not a set: error");
    }

    @Test
    void principalGroupsIsASetForContains() {
        PolicySet policy = Policies.withRules("permit p {\n    principal any\n    call split_documents\n"
            + "    when principal.groups contains \"etl\"\n}\n");
        Principal etl = new Principal("x", ISSUER, List.of("etl"), Map.of());
        assertTrue(policy.decide(request(etl, Map.of())).permitted());
        assertEquals(Effect.DENY, policy.decide(request(Principal.anonymous(), Map.of())).effect());
    }
}
