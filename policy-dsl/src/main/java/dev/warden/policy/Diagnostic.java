package dev.warden.policy;

/**
 * One problem in a policy source.
 *
 * @param code stable code ({@code P001} for errors, {@code W001} for warnings), documented in
 *     docs/policy-language.md
 * @param severity error (the set is rejected) or warning (a lint)
 * @param file the file name as given
 * @param line 1-based line, or 0 for a problem with the whole file
 * @param column 1-based column (0 with line 0)
 * @param length length of the offending span (at least 1), for the caret underline
 * @param message what is wrong
 * @param sourceLine the text of the offending line
 * @param hint what to do ("did you mean ...?"), or {@code null}
 */
public record Diagnostic(String code, Severity severity, String file, int line, int column, int length, String message,
                         String sourceLine, String hint) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * {@code file:line:col: error[CODE]: message}, the source line, a caret under the span, the hint.
     * A line longer than 120 characters is shown as a window around the span.
     * A problem with a whole file (line 0, e.g. a missing file) renders as {@code file: error[CODE]: ...}.
     */
    public String render() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line).append(':').append(column);
        }
        text.append(": ").append(severity.label()).append('[').append(code).append("]: ").append(message);
        if (line > 0) {
            LineExcerpt shown = LineExcerpt.of(sourceLine, column, length);
            text.append('\n').append("    ").append(shown.text()).append('\n');
            text.append("    ").append(" ".repeat(shown.caretOffset())).append("^".repeat(shown.caretLength()));
        }
        if (hint != null) {
            text.append('\n').append("    = help: ").append(hint);
        }
        return text.toString();
    }
}
