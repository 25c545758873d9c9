package dev.warden.policy.check;

import dev.warden.policy.CredentialSource;
import dev.warden.policy.syntax.Code;
import dev.warden.policy.syntax.Decl;
import dev.warden.policy.syntax.DeclKind;
import dev.warden.policy.syntax.Diagnostics;
import dev.warden.policy.syntax.Member;
import dev.warden.policy.syntax.Name;
import dev.warden.policy.syntax.StringValue;
import dev.warden.policy.syntax.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks credentials (a secret source and where it may go) and approvers (groups and subjects). */
final class AccessDeclChecker {
    private final Diagnostics diagnostics;
    private final NameTable names;

    AccessDeclChecker(Diagnostics diagnostics, NameTable names) {
        this.diagnostics = diagnostics;
        this.names = names;
    }

    CheckedPolicy.Credential credential(Decl decl) {
        MemberReader members = new MemberReader(decl, diagnostics);
        String name = decl.name().text();
        Member.NamedStr source = (Member.NamedStr) members.require(
            members.single("source", "a credential has one source"),
            "credential '" + name + "' has no source", "add: source env \"VARIABLE\" or source file \"/path/to/secret\"");
        Member.Targets onlyTo = (Member.Targets) members.require(
            members.single("only_to", "list every destination in one field: only_to [a, b]"),
            "credential '" + name + "' has no only_to", "say where it may go: only_to [endpoint_or_datasource, ...]");
        return new CheckedPolicy.Credential(name, source == null ? null : source(source), onlyTo == null ? List.of()
            : destinations(onlyTo));
    }

    private CredentialSource source(Member.NamedStr source) {
        String kind = source.name().text();
        StringValue location = source.value();
        if (kind.equals("env")) {
            if (!location.value().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                diagnostics.error(Code.P025, location.span(), "'" + location.value() + "' is not an environment variable name",
                    "use letters, digits and '_', not starting with a digit");
            }
            return new CredentialSource(CredentialSource.Kind.ENV, location.value());
        }
        if (kind.equals("file")) {
            if (!location.value().startsWith("/")) {
                diagnostics.error(Code.P025, location.span(), "credential file '" + location.value()
                    + "' is not an absolute path", "write the full path, e.g. \"/run/secrets/api_key\"");
            }
            return new CredentialSource(CredentialSource.Kind.FILE, location.value());
        }
        diagnostics.error(Code.P025, source.name().span(), "unknown credential source '" + kind + "'",
            "a credential is read from: env \"VARIABLE\" or file \"/path\"");
        return null;
    }

    private List<CheckedPolicy.TargetRef> destinations(Member.Targets onlyTo) {
        List<CheckedPolicy.TargetRef> refs = new ArrayList<>();
        if (onlyTo.target() instanceof Target.Any any) {
            diagnostics.error(Code.P025, any.span(), "a credential must name where it may go, not 'any'",
                "list the endpoints and datasources it is for: only_to [a, b]");
            return refs;
        }
        for (Name n : ((Target.Names) onlyTo.target()).names()) {
            Decl target = names.resolve(n, Set.of(DeclKind.ENDPOINT, DeclKind.DATASOURCE), "'only_to'");
            if (target != null) {
                TargetKind kind = target.kind() == DeclKind.ENDPOINT ? TargetKind.ENDPOINT : TargetKind.DATASOURCE;
                CheckedPolicy.TargetRef ref = new CheckedPolicy.TargetRef(kind, names.indexOf(target));
                if (!refs.contains(ref)) {
                    refs.add(ref);
                }
            }
        }
        return refs;
    }

    CheckedPolicy.Approvers approvers(Decl decl) {
        MemberReader members = new MemberReader(decl, diagnostics);
        List<String> groups = strings(members.all("group"));
        List<String> subjects = strings(members.all("subject"));
        if (members.all("group").isEmpty() && members.all("subject").isEmpty() && !decl.recovered()) {
            diagnostics.error(Code.P014, decl.name().span(), "approvers '" + decl.name().text() + "' names nobody",
                "add: group \"data-stewards\" or subject \"alice@example.com\"");
        }
        return new CheckedPolicy.Approvers(decl.name().text(), groups, subjects);
    }

    private List<String> strings(List<Member> members) {
        List<String> values = new ArrayList<>();
        for (Member m : members) {
            StringValue value = ((Member.Str) m).value();
            if (value.value().isEmpty()) {
                diagnostics.error(Code.P028, value.span(), "'" + m.key() + "' must not be empty", null);
            } else if (!values.contains(value.value())) {
                values.add(value.value());
            }
        }
        return values;
    }
}
