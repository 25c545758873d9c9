package dev.warden.policy;

import java.util.List;

/**
 * What checking a policy set found, without throwing: what {@code warden policy check} reports.
 *
 * @param files every file of the set, directories expanded, in the order diagnostics are sorted
 *     (a file that could not be read is listed too)
 * @param diagnostics every problem found, ordered by file, line and column
 * @param policy the compiled set, or {@code null} when a diagnostic is an error
 * @param rules how many rules the compiled set holds (0 when it did not compile)
 */
public record PolicyCheck(List<String> files, List<Diagnostic> diagnostics, PolicySet policy, int rules) {

    public PolicyCheck {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean compiled() {
        return policy != null;
    }
}
