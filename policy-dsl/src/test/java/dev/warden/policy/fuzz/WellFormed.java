package dev.warden.policy.fuzz;

import dev.warden.policy.Diagnostic;
import dev.warden.policy.PolicyException;
import dev.warden.policy.syntax.Code;
import java.util.List;
import java.util.Map;

/**
 * What every diagnostic must satisfy, whatever the input: a documented code, a file of the set, a
 * line and column inside that file, the offending line's real text, a message, and a rendering
 * that does not throw and shows all of it.
 */
final class WellFormed {

    private WellFormed() {
    }

    static void assertWellFormed(PolicyException e, Map<String, String> sources) {
        check(!e.diagnostics().isEmpty(), "a PolicyException without diagnostics", null, sources);
        check(e.getMessage() != null && !e.getMessage().isBlank(), "a PolicyException without a message", null, sources);
        for (Diagnostic d : e.diagnostics()) {
            assertWellFormed(d, sources);
        }
    }

    static void assertWellFormed(Diagnostic d, Map<String, String> sources) {
        check(isCode(d.code()), "code '" + d.code() + "' is not one of " + List.of(Code.values()), d, sources);
        check(sources.containsKey(d.file()), "file '" + d.file() + "' is not one of " + sources.keySet(), d, sources);
        check(d.message() != null && !d.message().isBlank(), "no message", d, sources);
        check(d.hint() == null || !d.hint().isBlank(), "a blank hint", d, sources);
        check(oneLine(d.message()) && (d.hint() == null || oneLine(d.hint())), "a line break in message or hint", d, sources);
        List<String> lines = Inputs.lines(sources.get(d.file()));
        check(d.line() >= 1 && d.line() <= lines.size(), "line " + d.line() + " outside 1.." + lines.size(), d, sources);
        String line = lines.get(d.line() - 1);
        check(d.column() >= 1 && d.column() <= line.length() + 1,
            "column " + d.column() + " outside 1.." + (line.length() + 1), d, sources);
        check(d.length() >= 1 && d.column() + d.length() - 1 <= line.length() + 1,
            "span of " + d.length() + " from column " + d.column() + " runs past the line (" + line.length() + " chars)",
            d, sources);
        check(line.equals(d.sourceLine()), "sourceLine is not line " + d.line() + " of the file", d, sources);
        String rendered = d.render();
        String head = d.file() + ":" + d.line() + ":" + d.column() + ": error[" + d.code() + "]: " + d.message() + "\n";
        check(rendered.startsWith(head), "render() does not start with '" + head + "'", d, sources);
        String[] parts = rendered.split("\n", -1);
        check(parts.length >= 3, "render() has no source line and caret", d, sources);
        assertShowsLine(parts[1], parts[2], line, d, sources);
    }

    /** A line up to 120 characters is shown whole; a longer one as a window of it, cut with "...". */
    private static void assertShowsLine(String shown, String carets, String line, Diagnostic d, Map<String, String> sources) {
        check(shown.startsWith("    ") && carets.startsWith("    "), "render() does not indent the source line", d, sources);
        String text = shown.substring(4);
        if (line.length() <= 120) {
            check(text.equals(line), "render() does not show the whole line", d, sources);
        } else {
            String window = text.substring(text.startsWith("...") ? 3 : 0, text.endsWith("...") ? text.length() - 3 : text.length());
            check(window.length() <= 120 && line.contains(window), "render() shows no window of the long line", d, sources);
        }
        int caret = carets.indexOf('^');
        check(caret >= 4 && caret <= shown.length() && carets.strip().chars().allMatch(c -> c == '^'),
            "render() puts the caret outside the shown line", d, sources);
    }

    private static boolean oneLine(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0;
    }

    private static boolean isCode(String code) {
        for (Code c : Code.values()) {
            if (c.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static void check(boolean ok, String problem, Diagnostic d, Map<String, String> sources) {
        if (!ok) {
            throw new AssertionError("malformed diagnostic: " + problem + "\n" + d + Inputs.describe(sources));
        }
    }
}
