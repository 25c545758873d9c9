package dev.warden.policy;

import static dev.warden.policy.Policies.errors;
import static dev.warden.policy.Policies.request;
import static dev.warden.policy.Policies.withRules;
import static dev.warden.policy.SyntaxDiagnosticsTest.CLAUSE_LINE;
import static dev.warden.policy.SyntaxDiagnosticsTest.assertAt;
import static dev.warden.policy.SyntaxDiagnosticsTest.only;
import static dev.warden.policy.SyntaxDiagnosticsTest.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Found by the fuzz tests: a condition of a few thousand nested parentheses or {@code not}s threw
 * StackOverflowError out of the loader. Conditions nest at most 64 levels; deeper is P006
 * (SyntaxDiagnosticsTest has the basic case).
 */
class NestingDepthTest {

    @Test
    void chainsOfNotCountAsNesting() {
        assertAt(only(errors(rule("    when " + "not ".repeat(10_000) + "true\n"))), "P006", CLAUSE_LINE, 10 + 4 * 64);
    }

    @Test
    void sixtyFourLevelsCompileAndDecide() {
        String condition = "(not ".repeat(32) + "arg.size > 3" + ")".repeat(32); // 32 negations: arg.size > 3
        PolicySet policy = withRules("permit r {\n    principal ingest\n    call split_documents\n    when "
            + condition + "\n}\n");
        assertEquals(Effect.PERMIT, policy.decide(request("svc-ingest@warden.test", Map.of("arg.size", 4L))).effect());
        assertEquals(Effect.DENY, policy.decide(request("svc-ingest@warden.test", Map.of("arg.size", 2L))).effect());
    }

    @Test
    void theNextLineIsParsedAfterATooDeepCondition() {
        String clauses = "    when " + "(".repeat(100) + "true" + ")".repeat(100) + "\n    when arg.sise > 1\n";
        assertEquals(2, errors(rule(clauses)).size());
    }
}
