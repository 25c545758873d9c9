package dev.warden.policy;

import dev.warden.policy.format.Formatter;
import dev.warden.policy.syntax.SourceFile;

/**
 * Writes a policy file in Warden's one canonical layout (what {@code policy fmt} does), keeping
 * every comment. Formatting never changes what a file says: the result parses to the same
 * declarations, rules and values, so a set compiles to the same decisions — only its revision,
 * a hash of the text, changes. Formatting the result again changes nothing.
 */
public final class PolicyFormatter {

    private PolicyFormatter() {
    }

    /**
     * Formats one file's text; {@code fileName} is used in diagnostics. A file with syntax errors is
     * not formatted: the result carries the errors instead. Semantic problems (an unknown name, a
     * bad URL) do not stop formatting — they are {@code policy check}'s business.
     *
     * @throws IllegalStateException if the formatter would change the file's meaning (a bug)
     */
    public static FormatResult format(String fileName, String text) {
        String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return Formatter.format(new SourceFile(fileName, source));
    }
}
