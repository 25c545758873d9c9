package dev.warden.agent.policytest;

import dev.warden.policy.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/** A request or test file has mistakes; carries every one, each with its place. */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> problems;

    InputException(List<Diagnostic> problems) {
        super(problems.stream().map(Diagnostic::render).collect(Collectors.joining("\n")), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Diagnostic> problems() {
        return problems;
    }
}
