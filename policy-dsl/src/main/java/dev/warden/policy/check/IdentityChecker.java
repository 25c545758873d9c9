package dev.warden.policy.check;

import dev.warden.policy.syntax.Code;
import dev.warden.policy.syntax.Decl;
import dev.warden.policy.syntax.Diagnostics;
import dev.warden.policy.syntax.StringValue;
import java.util.HashMap;
import java.util.Map;

/** Checks one identity: issuer and subject required, each field at most once, a valid subject glob. */
final class IdentityChecker {
    private final Diagnostics diagnostics;

    IdentityChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    CheckedPolicy.Identity check(Decl.Identity decl) {
        Map<String, StringValue> fields = new HashMap<>();
        for (Decl.Field field : decl.fields()) {
            String key = field.key().text();
            if (fields.putIfAbsent(key, field.value()) != null) {
                diagnostics.error(Code.P013, field.key().span(), "identity '" + decl.name().text() + "' has a second '"
                    + key + "'", "an identity has at most one " + key + "; declare another identity and list both: "
                    + "principal [a, b]");
            } else if (field.value().value().isEmpty()) {
                diagnostics.error(Code.P021, field.value().span(), "'" + key + "' must not be empty", null);
            }
        }
        require(decl, fields, "issuer", "issuer \"https://issuer.example\"");
        require(decl, fields, "subject", "subject \"svc-name@example\" (or a glob such as \"svc-*@example\")");
        StringValue subject = fields.get("subject");
        if (subject != null) {
            checkGlob(subject);
        }
        return new CheckedPolicy.Identity(decl.name().text(), valueOf(fields, "issuer"), valueOf(fields, "subject"),
            valueOf(fields, "audience"), valueOf(fields, "group"));
    }

    private void require(Decl.Identity decl, Map<String, StringValue> fields, String key, String example) {
        if (!fields.containsKey(key) && !decl.recovered()) {
            diagnostics.error(Code.P014, decl.name().span(), "identity '" + decl.name().text() + "' has no " + key,
                "add: " + example);
        }
    }

    /** {@code *} and {@code **} are the only wildcards; a run of three or more stars means nothing. */
    private void checkGlob(StringValue subject) {
        int at = subject.value().indexOf("***");
        if (at >= 0) {
            int end = at;
            while (end < subject.value().length() && subject.value().charAt(end) == '*') {
                end++;
            }
            diagnostics.error(Code.P021, subject.spanOf(at, end - at), "'" + "*".repeat(end - at)
                + "' is not a wildcard", "use '*' for one segment or '**' for any run of characters");
        }
    }

    private static String valueOf(Map<String, StringValue> fields, String key) {
        StringValue value = fields.get(key);
        return value == null ? null : value.value();
    }
}
