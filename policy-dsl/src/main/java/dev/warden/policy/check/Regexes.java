package dev.warden.policy.check;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.warden.policy.syntax.Code;
import dev.warden.policy.syntax.Diagnostics;
import dev.warden.policy.syntax.StringValue;

/** Compiles regular expressions at check time (RE2 syntax, linear-time matching); a bad one is P034 at its place. */
final class Regexes {

    private Regexes() {
    }

    /** Whether {@code regex} compiles; reports P034 under the offending part if not. */
    static boolean check(StringValue regex, Diagnostics diagnostics) {
        try {
            Pattern.compile(regex.value());
            return true;
        } catch (PatternSyntaxException e) {
            String part = e.getPattern();
            int at = part == null || part.isEmpty() ? -1 : regex.value().indexOf(part);
            diagnostics.error(Code.P034, at < 0 ? regex.span() : regex.spanOf(at, part.length()),
                "invalid regular expression: " + e.getDescription() + (part == null ? "" : " '" + part + "'"),
                "regular expressions use RE2 syntax (no backreferences or lookaround), so they always run in linear time");
            return false;
        }
    }
}
