package dev.warden.policy;

import java.util.List;

/**
 * What {@link PolicyLoader#check} found: the compiled set when there was no error, and every
 * diagnostic — errors and warnings — in file, line and column order.
 *
 * @param policySet the compiled set, or {@code null} if any diagnostic is an error
 * @param revision the revision of the text that was read, whether or not it compiled: a rejected
 *     set can be named (in logs, in the journal) without its contents; {@link #UNREADABLE} when a
 *     file of the set could not be read (or there was none), since no text then is the set's
 * @param files how many policy files were read
 * @param fileNames every file of the set, directories expanded, in the order diagnostics are
 *     sorted (a file that could not be read is listed too)
 * @param rules how many rules the compiled set holds (0 when it did not compile)
 * @param declaredEntryPoints every method named by an entrypoint declaration that could be read,
 *     whether or not the set compiled: what a deny-all set standing in for a rejected policy must
 *     still guard, so that its methods are denied rather than left unguarded
 */
public record CheckResult(PolicySet policySet, List<Diagnostic> diagnostics, String revision, int files,
                          List<String> fileNames, int rules, List<EntryPointPattern> declaredEntryPoints) {

    /** The revision of a set some file of which could not be read. */
    public static final String UNREADABLE = "unreadable";

    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
        fileNames = List.copyOf(fileNames);
        declaredEntryPoints = List.copyOf(declaredEntryPoints);
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
