package dev.warden.policy.check;

import dev.warden.policy.syntax.Code;
import dev.warden.policy.syntax.Decl;
import dev.warden.policy.syntax.Diagnostics;
import dev.warden.policy.syntax.Member;
import dev.warden.policy.syntax.StringValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks one identity: issuer and subject required, issuer/subject/audience at most once, a valid
 * subject glob; {@code group} and {@code claim NAME "value"} may repeat (all must hold).
 */
final class IdentityChecker {
    private static final String ONE = "an identity has at most one %s; declare another identity and list both: "
        + "principal [a, b]";

    private final Diagnostics diagnostics;

    IdentityChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    CheckedPolicy.Identity check(Decl decl) {
        MemberReader members = new MemberReader(decl, diagnostics);
        StringValue issuer = value(members, "issuer");
        StringValue subject = value(members, "subject");
        StringValue audience = value(members, "audience");
        members.require(issuer, "identity '" + decl.name().text() + "' has no issuer",
            "add: issuer \"https://issuer.example\"");
        members.require(subject, "identity '" + decl.name().text() + "' has no subject",
            "add: subject \"svc-name@example\" (or a glob such as \"svc-*@example\")");
        if (subject != null) {
            Globs.check(subject, Code.P021, diagnostics);
        }
        List<String> groups = new ArrayList<>();
        for (Member m : members.all("group")) {
            StringValue group = ((Member.Str) m).value();
            if (nonEmpty(group, "group") && !groups.contains(group.value())) {
                groups.add(group.value());
            }
        }
        Map<String, String> claims = new LinkedHashMap<>();
        for (Member m : members.all("claim")) {
            Member.NamedStr claim = (Member.NamedStr) m;
            if (claims.putIfAbsent(claim.name().text(), claim.value().value()) != null) {
                diagnostics.error(Code.P013, claim.name().span(), decl.describe() + " has a second claim '"
                    + claim.name().text() + "'", "a claim has one required value; declare another identity for another value");
            }
        }
        return new CheckedPolicy.Identity(decl.name().text(), text(issuer), text(subject), text(audience), groups, claims);
    }

    private StringValue value(MemberReader members, String key) {
        Member m = members.single(key, String.format(ONE, key));
        StringValue value = m == null ? null : ((Member.Str) m).value();
        if (value != null) {
            nonEmpty(value, key);
        }
        return value;
    }

    private boolean nonEmpty(StringValue value, String key) {
        if (value.value().isEmpty()) {
            diagnostics.error(Code.P021, value.span(), "'" + key + "' must not be empty", null);
            return false;
        }
        return true;
    }

    private static String text(StringValue value) {
        return value == null ? null : value.value();
    }
}
