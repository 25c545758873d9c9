package dev.warden.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.policy.Diagnostic;
import dev.warden.policy.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How warnings count. The policy language reports only errors so far; these reports are built
 * with a warning so that the rules for warnings are fixed before the first lint arrives.
 */
class CheckReportTest {

    private static final Diagnostic LINT = new Diagnostic("W001", Severity.WARNING, "a.policy", 3, 5, 4, "rule 'r' can never apply",
        "    when false", "remove it");

    private static CheckReport withOneWarning(boolean warningsAsErrors) {
        return new CheckReport(List.of("a.policy"), List.of(new CheckReport.Finding(LINT, CheckReport.Severity.warning)),
            0, 1, 4, "sha256:0123456789abcdef", warningsAsErrors);
    }

    @Test
    void warningsAreCountedAndDoNotFailTheCheck() {
        CheckReport report = withOneWarning(false);
        assertFalse(report.failed());
        assertEquals("ok: 1 file, 4 rules, revision sha256:0123456789abcdef, 1 warning", report.summary());
    }

    @Test
    void warningsFailTheCheckWhenAskedTo() {
        CheckReport report = withOneWarning(true);
        assertTrue(report.failed());
        assertEquals("0 errors, 1 warning in 1 file (warnings fail the check: --warnings-as-errors)", report.summary());
    }

    @Test
    void jsonGivesTheWarningItsSeverity() throws Exception {
        StringWriter out = new StringWriter();
        CheckJson.print(withOneWarning(false), new PrintWriter(out, true));
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertEquals("warning", report.get("diagnostics").get(0).get("severity").asText());
        assertEquals(9, report.get("diagnostics").get(0).get("endColumn").asInt());
        assertTrue(report.get("summary").get("ok").asBoolean());
        assertEquals(1, report.get("summary").get("warnings").asInt());
    }
}
