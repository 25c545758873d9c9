package dev.warden.agent.cli;

import dev.warden.policy.Diagnostic;
import dev.warden.policy.CheckResult;
import java.util.List;

/**
 * A policy check as {@code warden policy check} reports it: every diagnostic with its severity, the
 * counts, and whether the check fails.
 *
 * @param rules rules in the compiled set, or null when it did not compile
 * @param revision the compiled set's revision, or null when it did not compile
 */
record CheckReport(List<String> files, List<Finding> findings, int errors, int warnings, Integer rules, String revision,
                   boolean warningsAsErrors) {

    /** How bad a diagnostic is; the lower-case name is what both output formats print. */
    enum Severity { error, warning }

    record Finding(Diagnostic diagnostic, Severity severity) {
    }

    CheckReport {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
    }

    static CheckReport of(CheckResult check, boolean warningsAsErrors) {
        List<Finding> findings = check.diagnostics().stream().map(d -> new Finding(d, severityOf(d))).toList();
        int errors = (int) findings.stream().filter(f -> f.severity() == Severity.error).count();
        boolean compiled = check.ok();
        return new CheckReport(check.fileNames(), findings, errors, findings.size() - errors,
            compiled ? check.rules() : null, compiled ? check.revision() : null, warningsAsErrors);
    }

    static Severity severityOf(Diagnostic diagnostic) {
        return diagnostic.isError() ? Severity.error : Severity.warning;
    }

    boolean compiled() {
        return revision != null;
    }

    /** Errors fail the check; warnings only with {@code --warnings-as-errors}. */
    boolean failed() {
        return !compiled() || errors > 0 || (warningsAsErrors && warnings > 0);
    }

    /** {@code ok: 3 files, 12 rules, revision sha256:...} or {@code 2 errors, 1 warning in 3 files}. */
    String summary() {
        if (!failed()) {
            return "ok: " + count(files.size(), "file") + ", " + count(rules, "rule") + ", revision " + revision
                + (warnings > 0 ? ", " + count(warnings, "warning") : "");
        }
        return count(errors, "error") + ", " + count(warnings, "warning") + " in " + count(files.size(), "file")
            + (errors == 0 && compiled() ? " (warnings fail the check: --warnings-as-errors)" : "");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
