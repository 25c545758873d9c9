package dev.warden.policy;

import static dev.warden.policy.Policies.ISSUER;
import static dev.warden.policy.Policies.request;
import static dev.warden.policy.Policies.withRules;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** when/unless conditions, and what happens when one cannot be evaluated. */
class ConditionTest {
    private static final String INGEST = "svc-ingest@warden.test";

    private static PolicySet permitWhen(String clause) {
        return withRules("permit p {\n    principal any\n    call split_documents\n    " + clause + "\n}\n");
    }

    private static PolicySet forbidWhen(String clause) {
        return withRules("permit p {\n    principal any\n    call split_documents\n}\n"
            + "forbid f {\n    principal any\n    call split_documents\n    " + clause + "\n}\n");
    }

    private static boolean permits(String clause, Map<String, Object> attributes) {
        return permitWhen(clause).decide(request(INGEST, attributes)).permitted();
    }

    @ParameterizedTest(name = "{0} with arg.size=10 is {1}")
    @CsvSource(delimiter = '|', value = {
        "when arg.size == 10 | true", "when arg.size != 10 | false",
        "when arg.size < 11 | true", "when arg.size < 10 | false",
        "when arg.size <= 10 | true", "when arg.size > 9 | true",
        "when arg.size >= 11 | false", "when 10 == arg.size | true",
        "unless arg.size > 5 | false", "unless arg.size > 50 | true",
        "when arg.size > 5 and arg.size < 20 | true", "when arg.size > 50 or arg.size < 20 | true",
        "when arg.size > 50 or arg.size > 20 | false", "when not arg.size > 50 | true",
        "when not (arg.size > 5 and arg.size < 20) | false", "when (arg.size > 50 or arg.size == 10) and true | true",
        "when true | true", "when false | false", "when arg.size > -1 | true",
    })
    void comparisonsAndConnectives(String clause, boolean expected) {
        assertEquals(expected, permits(clause, Map.of("arg.size", 10L)));
    }

    @Test
    void integerAttributesOfAnyBoxedWidthCompare() {
        assertEquals(true, permits("when arg.count == 3", Map.of("arg.count", 3)));
    }

    @Test
    void stringAndBooleanAttributesCompareForEquality() {
        Map<String, Object> attrs = Map.of("tenant", "acme", "dry_run", true);
        assertEquals(true, permits("when tenant == \"acme\"", attrs));
        assertEquals(false, permits("when tenant != \"acme\"", attrs));
        assertEquals(true, permits("when dry_run", attrs));
        assertEquals(true, permits("when dry_run == true", attrs));
        assertEquals(false, permits("when not dry_run", attrs));
    }

    @Test
    void principalFactsAreAvailable() {
        Principal p = new Principal(INGEST, ISSUER, List.of("etl", "readers"), Map.of("dept", "data"));
        PolicySet policy = permitWhen("when principal.subject == \"svc-ingest@warden.test\" and principal.issuer == "
            + "\"https://issuer.warden.test\" and principal.groups contains \"etl\" and principal.claim.dept == \"data\"");
        assertEquals(true, policy.decide(request(p, Map.of())).permitted());
        Principal other = new Principal(INGEST, ISSUER, List.of("readers"), Map.of("dept", "data"));
        assertEquals(false, policy.decide(request(other, Map.of())).permitted());
    }

    @Test
    void stringEscapesAreDecoded() {
        assertEquals(true, permits("when label == \"a\\\"b\\\\c\\u00e9\"", Map.of("label", "a\"b\\cé")));
    }

    @Test
    void permitWhoseConditionErrorsDoesNotMatch() {
        Decision d = permitWhen("when arg.size <= 100").decide(request(INGEST, Map.of()));
        assertEquals(Effect.DENY, d.effect());
        assertEquals(List.of(), d.ruleIds());
    }

    @Test
    void forbidWhoseConditionErrorsCountsAsMatchedAndSaysWhy() {
        Decision d = forbidWhen("when arg.size > 100").decide(request(INGEST, Map.of()));
        assertEquals(Effect.DENY, d.effect());
        assertEquals(List.of("f"), d.ruleIds());
        assertEquals("forbidden by rule 'f'; the condition of 'f' could not be evaluated (attribute 'arg.size' is "
            + "missing), and a forbid rule that cannot be evaluated counts as matched", d.reason());
    }

    @Test
    void forbidUnlessErrorAlsoCountsAsMatched() {
        assertEquals(List.of("f"), forbidWhen("unless arg.size < 100").decide(request(INGEST, Map.of())).ruleIds());
    }

    @Test
    void forbidWithFalseConditionDoesNotMatch() {
        Decision d = forbidWhen("when arg.size > 100").decide(request(INGEST, Map.of("arg.size", 5L)));
        assertEquals(List.of("p"), d.ruleIds());
    }

    @Test
    void anErrorAnywhereInAConditionIsAnErrorWhateverTheOrder() {
        Map<String, Object> attrs = Map.of("arg.size", 5L);
        assertEquals(List.of("f"), forbidWhen("when arg.size > 100 and missing == 1").decide(request(INGEST, attrs)).ruleIds());
        assertEquals(List.of("f"), forbidWhen("when missing == 1 and arg.size > 100").decide(request(INGEST, attrs)).ruleIds());
        assertEquals(List.of("f"), forbidWhen("when arg.size < 100 or missing == 1").decide(request(INGEST, attrs)).ruleIds());
    }

    @Test
    void typeMismatchAtDecisionTimeIsAnError() {
        Decision d = forbidWhen("when tenant > 3").decide(request(INGEST, Map.of("tenant", "acme")));
        assertEquals(List.of("f"), d.ruleIds());
        assertEquals("forbidden by rule 'f'; the condition of 'f' could not be evaluated (cannot apply '>' to attribute "
            + "'tenant' (a string) and 3 (an integer)), and a forbid rule that cannot be evaluated counts as matched",
            d.reason());
    }

    @Test
    void missingClaimOrAnonymousSubjectIsAnError() {
        PolicySet claim = permitWhen("when principal.claim.dept == \"data\"");
        assertEquals(false, claim.decide(request(INGEST, Map.of())).permitted());
        PolicySet subject = forbidWhen("when principal.subject == \"x\"");
        assertEquals(List.of("f"), subject.decide(request(Principal.anonymous(), Map.of())).ruleIds());
    }

    @Test
    void erroredPermitIsNamedInTheDefaultDenyReason() {
        Decision d = permitWhen("when flag").decide(request(INGEST, Map.of("flag", 1L)));
        assertEquals(Effect.DENY, d.effect());
        assertEquals("no rule permits subject 'svc-ingest@warden.test' of issuer 'https://issuer.warden.test' to call "
            + "dev.langchain4j.data.document.splitter.DocumentByParagraphSplitter#split; permit 'p' did not apply "
            + "because its condition could not be evaluated (attribute 'flag' is an integer, not a boolean)", d.reason());
    }

    @Test
    void severalConditionClausesMustAllHold() {
        PolicySet policy = permitWhen("when arg.size < 100\n    unless arg.count > 3");
        assertEquals(true, policy.decide(request(INGEST, Map.of("arg.size", 1L, "arg.count", 3L))).permitted());
        assertEquals(false, policy.decide(request(INGEST, Map.of("arg.size", 1L, "arg.count", 4L))).permitted());
    }
}
