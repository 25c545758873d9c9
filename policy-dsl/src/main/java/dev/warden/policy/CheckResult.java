package dev.warden.policy;

import java.util.List;

/**
 * What {@link PolicyLoader#check} found: the compiled set when there was no error, and every
 * diagnostic — errors and warnings — in file, line and column order.
 *
 * @param policySet the compiled set, or {@code null} if any diagnostic is an error
 */
public record CheckResult(PolicySet policySet, List<Diagnostic> diagnostics) {

    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
        return policySet != null;
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }
}
