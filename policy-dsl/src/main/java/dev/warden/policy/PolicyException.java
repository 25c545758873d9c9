package dev.warden.policy;

import java.util.List;

/** A policy set could not be compiled. Carries every diagnostic found, not just the first. */
public final class PolicyException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public PolicyException(List<Diagnostic> diagnostics) {
        super(render(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String render(List<Diagnostic> diagnostics) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            text.append(d.render()).append('\n');
        }
        return text.toString().stripTrailing();
    }
}
