package dev.warden.policy;

/** How bad a diagnostic is: an error rejects the set, a warning (a lint) does not. */
public enum Severity {
    ERROR, WARNING;

    /** {@code error} or {@code warning}, as diagnostics render. */
    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
