package dev.warden.agent.policytest;

import dev.warden.policy.Diagnostic;
import dev.warden.policy.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one file, rendered like policy diagnostics ({@code file:line:col}, the
 * line, a caret, a hint), so every mistake in a file is reported in one run.
 */
final class Problems {
    private final String file;
    private final List<String> lines;
    private final List<Diagnostic> found = new ArrayList<>();

    Problems(String file, String text) {
        this.file = file;
        this.lines = text.lines().toList();
    }

    void add(InputCode code, Where where, String message, String hint) {
        String line = where.line() >= 1 && where.line() <= lines.size() ? lines.get(where.line() - 1) : "";
        found.add(new Diagnostic(code.name(), Severity.ERROR, file, where.line(), where.column(),
            Math.max(1, where.length()), message, line, hint));
    }

    /** A problem with the whole file (it cannot be read). */
    void fileProblem(InputCode code, String message, String hint) {
        found.add(new Diagnostic(code.name(), Severity.ERROR, file, 0, 0, 1, message, "", hint));
    }

    boolean any() {
        return !found.isEmpty();
    }

    int count() {
        return found.size();
    }

    List<Diagnostic> list() {
        return List.copyOf(found);
    }
}
