package dev.warden.policy.check;

import dev.warden.policy.syntax.Code;
import dev.warden.policy.syntax.Diagnostics;
import dev.warden.policy.syntax.StringValue;

/** The one check every glob gets: {@code *} and {@code **} are the only wildcards. */
final class Globs {

    private Globs() {
    }

    /** Reports a run of three or more stars with {@code code}; returns whether the glob is valid. */
    static boolean check(StringValue glob, Code code, Diagnostics diagnostics) {
        int at = glob.value().indexOf("***");
        if (at < 0) {
            return true;
        }
        int end = at;
        while (end < glob.value().length() && glob.value().charAt(end) == '*') {
            end++;
        }
        diagnostics.error(code, glob.spanOf(at, end - at), "'" + "*".repeat(end - at) + "' is not a wildcard",
            "use '*' for one segment or '**' for any run of characters");
        return false;
    }
}
