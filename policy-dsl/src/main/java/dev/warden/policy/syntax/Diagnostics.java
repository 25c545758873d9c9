package dev.warden.policy.syntax;

import dev.warden.policy.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects diagnostics from every phase so one run reports every problem, not just the first. */
public final class Diagnostics {
    private final List<Diagnostic> found = new ArrayList<>();

    /**
     * Reports {@code code} at {@code at}; its severity comes from the code (P: error, W: warning).
     * Message and hint may quote decoded source text: they are kept to one line (see
     * {@link CharNames#oneLine}) so that {@code file:line:col: message} stays one line.
     */
    public void error(Code code, Span at, String message, String hint) {
        found.add(new Diagnostic(code.name(), code.severity(), at.file().name(), at.line(), at.column(),
            Math.max(1, at.length()), CharNames.oneLine(message), at.file().line(at.line()), CharNames.oneLine(hint)));
    }

    /** A lint: same as {@link #error}, named for readability at call sites. */
    public void warning(Code code, Span at, String message, String hint) {
        error(code, at, message, hint);
    }

    /** A problem with a whole file or the set, not a place in it (line and column 0). */
    public void fileError(Code code, String file, String message, String hint) {
        found.add(new Diagnostic(code.name(), code.severity(), file, 0, 0, 1, CharNames.oneLine(message), "",
            CharNames.oneLine(hint)));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Diagnostic::isError);
    }

    /** Every diagnostic, ordered by file (in the given order), line and column. */
    public List<Diagnostic> sorted(List<String> fileOrder) {
        List<Diagnostic> result = new ArrayList<>(found);
        result.sort(Comparator.<Diagnostic>comparingInt(d -> fileOrder.indexOf(d.file()))
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column));
        return result;
    }
}
