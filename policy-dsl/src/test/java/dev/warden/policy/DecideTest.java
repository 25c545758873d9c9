package dev.warden.policy;

import static dev.warden.policy.Policies.ISSUER;
import static dev.warden.policy.Policies.request;
import static dev.warden.policy.Policies.withRules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Decisions and the ids of the rules that produced them. */
class DecideTest {
    private static final String INGEST = "svc-ingest@warden.test";
    private static final String REPORTING = "svc-reporting@warden.test";

    private static String permit(String name, String principal) {
        return "permit " + name + " {\n    principal " + principal + "\n    call split_documents\n}\n";
    }

    private static String forbid(String name, String principal) {
        return "forbid " + name + " {\n    principal " + principal + "\n    call split_documents\n}\n";
    }

    @Test
    void noRulesDeniesByDefaultWithAReasonNamingCallerAndMethod() {
        Decision d = withRules("").decide(request(INGEST));
        assertEquals(Effect.DENY, d.effect());
        assertEquals(List.of(), d.ruleIds());
        assertEquals("no rule permits subject 'svc-ingest@warden.test' of issuer 'https://issuer.warden.test' to call "
            + "dev.langchain4j.data.document.splitter.DocumentByParagraphSplitter#split", d.reason());
    }

    @Test
    void permitForTheCallerPermits() {
        Decision d = withRules(permit("p", "ingest")).decide(request(INGEST));
        assertEquals(new Decision(Effect.PERMIT, List.of("p"), "permitted by rule 'p'", d.policyRevision()), d);
    }

    @Test
    void permitForAnotherIdentityDoesNotApply() {
        assertEquals(Effect.DENY, withRules(permit("p", "reporting")).decide(request(INGEST)).effect());
    }

    @Test
    void forbidBeatsPermitAndOnlyForbidsAreReported() {
        Decision d = withRules(permit("p", "ingest") + forbid("f", "ingest")).decide(request(INGEST));
        assertEquals(Effect.DENY, d.effect());
        assertEquals(List.of("f"), d.ruleIds());
        assertEquals("forbidden by rule 'f'", d.reason());
    }

    @Test
    void everyMatchingPermitIsReportedSortedById() {
        Decision d = withRules(permit("zeta", "ingest") + permit("alpha", "[reporting, ingest]") + permit("other", "reporting"))
            .decide(request(INGEST));
        assertEquals(List.of("alpha", "zeta"), d.ruleIds());
        assertEquals("permitted by rules 'alpha', 'zeta'", d.reason());
    }

    @Test
    void everyMatchingForbidIsReported() {
        Decision d = withRules(forbid("f2", "any") + forbid("f1", "ingest") + permit("p", "ingest")).decide(request(INGEST));
        assertEquals(List.of("f1", "f2"), d.ruleIds());
        assertEquals("forbidden by rules 'f1', 'f2'", d.reason());
    }

    @Test
    void ruleOrderDoesNotChangeTheDecision() {
        String a = permit("p", "ingest");
        String b = forbid("f", "[ingest, reporting]");
        String c = permit("q", "any");
        for (String subject : List.of(INGEST, REPORTING, "someone-else")) {
            Decision forward = withRules(a + b + c).decide(request(subject));
            Decision backward = withRules(c + b + a).decide(request(subject));
            assertEquals(forward.effect(), backward.effect());
            assertEquals(forward.ruleIds(), backward.ruleIds());
            assertEquals(forward.reason(), backward.reason());
        }
    }

    @Test
    void principalAnyMatchesAnonymousCallers() {
        Decision d = withRules(permit("open", "any")).decide(request(Principal.anonymous(), Map.of()));
        assertEquals(List.of("open"), d.ruleIds());
        assertTrue(d.permitted());
    }

    @Test
    void anonymousCallerNeverMatchesAnIdentityEvenAWildcardOne() {
        PolicySet policy = Policies.compile(Policies.DECLARATIONS.replace("identity ingest", "identity everyone")
            .replace("svc-ingest@warden.test", "**") + permit("p", "everyone"));
        Decision d = policy.decide(request(Principal.anonymous(), Map.of()));
        assertEquals(Effect.DENY, d.effect());
        assertEquals("no rule permits an anonymous caller to call "
            + "dev.langchain4j.data.document.splitter.DocumentByParagraphSplitter#split", d.reason());
        assertTrue(policy.decide(request("anyone")).permitted());
    }

    @Test
    void identityRequiresTheExactIssuer() {
        Request otherIssuer = request(Principal.verified(INGEST, "https://evil.test"), Map.of());
        assertEquals(Effect.DENY, withRules(permit("p", "ingest")).decide(otherIssuer).effect());
    }

    @Test
    void callAnyAppliesToMethodsNoEntrypointNames() {
        PolicySet policy = withRules("forbid lockdown {\n    principal any\n    call any\n}\n" + permit("p", "ingest"));
        EntryPointCall other = new EntryPointCall("a.B", "c", List.of(), Set.of("a.B"));
        Decision d = policy.decide(new Request(Policies.principal(INGEST), other, Map.of()));
        assertEquals(List.of("lockdown"), d.ruleIds());
        assertEquals(List.of("lockdown"), policy.decide(request(INGEST)).ruleIds());
    }

    @Test
    void ruleForOneEntrypointDoesNotApplyToAnother() {
        PolicySet policy = Policies.compile(Policies.DECLARATIONS + "entrypoint load {\n    method \"a.Loader#load\"\n}\n"
            + "permit p {\n    principal ingest\n    call load\n}\n");
        assertEquals(Effect.DENY, policy.decide(request(INGEST)).effect());
        EntryPointCall load = new EntryPointCall("a.FileLoader", "load", List.of("java.lang.String"),
            Set.of("a.FileLoader", "a.Loader"));
        assertTrue(policy.decide(new Request(Policies.principal(INGEST), load, Map.of())).permitted());
    }

    @Test
    void callMatchingTwoEntrypointsGetsTheRulesOfBoth() {
        PolicySet policy = Policies.compile(Policies.DECLARATIONS
            + "entrypoint any_split {\n    method \"dev.langchain4j.data.document.DocumentSplitter#split\"\n}\n"
            + permit("p", "ingest")
            + "permit q {\n    principal ingest\n    call [any_split, split_documents]\n}\n");
        assertEquals(List.of("p", "q"), policy.decide(request(INGEST)).ruleIds());
    }

    @Test
    void audienceAndGroupMustBothHoldWhenGiven() {
        PolicySet policy = Policies.compile("""
            identity ops {
                issuer   "https://issuer.warden.test"
                subject  "svc-*@warden.test"
                audience "warden"
                group    "operators"
            }
            entrypoint split_documents {
                method "dev.langchain4j.data.document.DocumentSplitter#split"
            }
            permit p {
                principal ops
                call split_documents
            }
            """);
        Principal full = new Principal("svc-a@warden.test", ISSUER, List.of("operators"), Map.of("aud", "other warden"));
        Principal noGroup = new Principal("svc-a@warden.test", ISSUER, List.of(), Map.of("aud", "warden"));
        Principal noAudience = new Principal("svc-a@warden.test", ISSUER, List.of("operators"), Map.of("aud", "other"));
        assertTrue(policy.decide(request(full, Map.of())).permitted());
        assertEquals(Effect.DENY, policy.decide(request(noGroup, Map.of())).effect());
        assertEquals(Effect.DENY, policy.decide(request(noAudience, Map.of())).effect());
    }

    @Test
    void decisionCarriesTheRevision() {
        PolicySet policy = withRules(permit("p", "ingest"));
        assertEquals(policy.revision(), policy.decide(request(INGEST)).policyRevision());
        assertEquals(policy.revision(), policy.decide(request(REPORTING)).policyRevision());
    }

    @Test
    void denyAllSetDeniesWithItsReason() {
        PolicySet policy = PolicySet.denyAll("policy failed to load");
        Decision d = policy.decide(request(INGEST));
        assertEquals(new Decision(Effect.DENY, List.of(), "policy failed to load", "none"), d);
        assertEquals(List.of(), policy.entryPoints());
    }

    @Test
    void callerMatchingSeveralIdentitiesGetsTheRulesOfEach() {
        PolicySet policy = withRules("""
            identity all_services {
                issuer  "https://issuer.warden.test"
                subject "svc-*@warden.test"
            }
            """ + permit("by_exact", "ingest") + permit("by_glob", "all_services") + forbid("never", "reporting"));
        assertEquals(List.of("by_exact", "by_glob"), policy.decide(request(INGEST)).ruleIds());
        assertEquals(List.of("never"), policy.decide(request(REPORTING)).ruleIds());
        assertEquals(List.of("by_glob"), policy.decide(request("svc-other@warden.test")).ruleIds());
    }

    @Test
    void identitiesBeyondSixtyFourAreIndexedCorrectly() {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < 130; i++) {
            source.append("identity id").append(i).append(" {\n    issuer \"").append(ISSUER)
                .append("\"\n    subject \"svc-").append(i).append("\"\n}\n");
        }
        source.append(permit("p129", "id129")).append(permit("p64", "[id64, id1]")).append(forbid("f70", "id70"));
        PolicySet policy = withRules(source.toString());
        assertEquals(List.of("p129"), policy.decide(request("svc-129")).ruleIds());
        assertEquals(List.of("p64"), policy.decide(request("svc-64")).ruleIds());
        assertEquals(List.of("p64"), policy.decide(request("svc-1")).ruleIds());
        assertEquals(List.of("f70"), policy.decide(request("svc-70")).ruleIds());
        assertEquals(Effect.DENY, policy.decide(request("svc-63")).effect());
    }
}
