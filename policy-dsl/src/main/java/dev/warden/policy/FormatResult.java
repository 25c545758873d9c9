package dev.warden.policy;

import java.util.List;

/**
 * What {@link PolicyFormatter#format} made of one file.
 *
 * @param text the file in the canonical layout, or {@code null} when it has syntax errors
 * @param errors the syntax errors that stopped formatting (a file with errors is never formatted)
 */
public record FormatResult(String text, List<Diagnostic> errors) {

    public FormatResult {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return text != null;
    }

    /** Whether formatting changes {@code original}. */
    public boolean changes(String original) {
        return ok() && !text.equals(original);
    }
}
