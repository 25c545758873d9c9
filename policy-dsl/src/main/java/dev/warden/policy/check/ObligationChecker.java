package dev.warden.policy.check;

import dev.warden.policy.Injection;
import dev.warden.policy.MaskSpec;
import dev.warden.policy.syntax.Code;
import dev.warden.policy.syntax.Decl;
import dev.warden.policy.syntax.DeclKind;
import dev.warden.policy.syntax.Diagnostics;
import dev.warden.policy.syntax.Member;
import dev.warden.policy.syntax.Name;
import dev.warden.policy.syntax.StringValue;
import dev.warden.policy.syntax.Suggest;
import dev.warden.policy.syntax.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The clauses particular to mask, inject and require_approval rules. */
final class ObligationChecker {
    private static final List<String> SCOPES = List.of("input", "output", "both");
    private static final List<String> SLOTS = List.of("header", "bearer", "password");

    private final Diagnostics diagnostics;
    private final NameTable names;
    private final Decl decl;
    private final MemberReader members;
    private final TargetKind target;

    ObligationChecker(Diagnostics diagnostics, NameTable names, Decl decl, MemberReader members, TargetKind target) {
        this.diagnostics = diagnostics;
        this.names = names;
        this.decl = decl;
        this.members = members;
        this.target = target;
    }

    /** {@code approvers NAME}: required; the index of the approvers declaration, or -1. */
    int approvers() {
        Member.Word approvers = (Member.Word) members.require(members.single("approvers", "a rule names one approvers group"),
            "require_approval '" + decl.name().text() + "' has no 'approvers' clause",
            "say who may approve: approvers NAME (declared with approvers NAME { group \"...\" })");
        Decl resolved = approvers == null ? null : names.resolve(approvers.word(), Set.of(DeclKind.APPROVERS), "'approvers'");
        return resolved == null ? -1 : names.indexOf(resolved);
    }

    /** detect/regex/column (at least one), replace and apply (at most one each). */
    MaskSpec mask() {
        List<String> detectors = detectors();
        List<String> regexes = new ArrayList<>();
        for (Member m : members.all("regex")) {
            StringValue regex = ((Member.Str) m).value();
            if (nonEmpty(regex, "regex") && Regexes.check(regex, diagnostics)) {
                regexes.add(regex.value());
            }
        }
        List<String> columns = new ArrayList<>();
        for (Member m : members.all("column")) {
            StringValue column = ((Member.Str) m).value();
            if (nonEmpty(column, "column") && Globs.check(column, Code.P028, diagnostics)) {
                columns.add(column.value());
            }
        }
        if (members.all("detect").isEmpty() && members.all("regex").isEmpty() && members.all("column").isEmpty()) {
            members.require(null, "mask '" + decl.name().text() + "' says nothing to mask",
                "add: detect email, regex \"...\" or column \"customers.email\"");
        }
        Member.Str replace = (Member.Str) members.single("replace", "a mask has one replacement");
        Member.Word apply = (Member.Word) members.single("apply", "a mask applies to input, output or both");
        return new MaskSpec(decl.name().text(), detectors, regexes, columns,
            replace == null ? MaskSpec.DEFAULT_REPLACEMENT : replace.value().value(), scope(apply));
    }

    private List<String> detectors() {
        List<String> detectors = new ArrayList<>();
        for (Member m : members.all("detect")) {
            Target t = ((Member.Targets) m).target();
            if (t instanceof Target.Any any) {
                diagnostics.error(Code.P026, any.span(), "'detect any' is not a detector",
                    "name the detectors: detect [" + String.join(", ", MaskSpec.DETECTORS) + "]");
                continue;
            }
            for (Name name : ((Target.Names) t).names()) {
                if (!MaskSpec.DETECTORS.contains(name.text())) {
                    String hint = Suggest.didYouMean(name.text(), MaskSpec.DETECTORS);
                    diagnostics.error(Code.P026, name.span(), "unknown detector '" + name.text() + "'",
                        hint != null ? hint : "the detectors are: " + String.join(", ", MaskSpec.DETECTORS));
                } else if (!detectors.contains(name.text())) {
                    detectors.add(name.text());
                }
            }
        }
        return detectors;
    }

    private MaskSpec.Apply scope(Member.Word apply) {
        if (apply == null) {
            return MaskSpec.Apply.BOTH;
        }
        String value = apply.word().text();
        if (!SCOPES.contains(value)) {
            diagnostics.error(Code.P026, apply.word().span(), "unknown scope '" + value + "'",
                "write: apply input, apply output or apply both");
            return MaskSpec.Apply.BOTH;
        }
        return MaskSpec.Apply.valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** {@code credential NAME} and {@code into header "X" | bearer | password}: both required. */
    CheckedPolicy.Inject inject() {
        String name = decl.name().text();
        if (target == TargetKind.CALL) {
            diagnostics.error(Code.P038, members.all("call").get(0).keyword().span(), "inject '" + name
                + "' covers entry-point calls, which carry no credentials", "inject into an 'endpoint' or a 'datasource'");
        }
        Member.Word credential = (Member.Word) members.require(members.single("credential", "an inject rule injects one credential"),
            "inject '" + name + "' has no 'credential' clause", "say what to inject: credential NAME");
        Member.NamedStr into = (Member.NamedStr) members.require(members.single("into", "a credential goes to one place"),
            "inject '" + name + "' has no 'into' clause", "say where it goes: into header \"X-Api-Key\", into bearer or into password");
        Decl resolved = credential == null ? null
            : names.resolve(credential.word(), Set.of(DeclKind.CREDENTIAL), "'credential'");
        Injection.Slot slot = into == null ? null : slot(into);
        String header = slot == Injection.Slot.HEADER ? into.value().value() : null;
        return new CheckedPolicy.Inject(resolved == null ? -1 : names.indexOf(resolved), slot, header);
    }

    private Injection.Slot slot(Member.NamedStr into) {
        String slot = into.name().text();
        if (!SLOTS.contains(slot)) {
            String hint = Suggest.didYouMean(slot, SLOTS);
            diagnostics.error(Code.P026, into.name().span(), "unknown injection slot '" + slot + "'",
                hint != null ? hint : "write: into header \"Name\", into bearer or into password");
            return null;
        }
        if (slot.equals("header") != (into.value() != null)) {
            diagnostics.error(Code.P026, into.name().span(), slot.equals("header") ? "'into header' needs the header name"
                : "'into " + slot + "' takes no string", "write: into header \"X-Api-Key\", into bearer or into password");
            return null;
        }
        boolean password = slot.equals("password");
        if (target != null && target != TargetKind.CALL && password != (target == TargetKind.DATASOURCE)) {
            diagnostics.error(Code.P038, into.name().span(), "'into " + slot + "' does not fit " + (target == TargetKind.ENDPOINT ? "an" : "a")
                + " '" + target.clause() + "' rule", password ? "a password goes to a datasource; HTTP endpoints take header or bearer"
                : "a datasource takes 'into password'");
        }
        if (slot.equals("header") && !into.value().value().matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+")) {
            diagnostics.error(Code.P028, into.value().span(), "'" + into.value().value() + "' is not a header name",
                "a header name is letters, digits and - (e.g. \"X-Api-Key\")");
        }
        return Injection.Slot.valueOf(slot.toUpperCase(Locale.ROOT));
    }

    private boolean nonEmpty(StringValue value, String key) {
        if (value.value().isEmpty()) {
            diagnostics.error(Code.P028, value.span(), "'" + key + "' must not be empty", null);
            return false;
        }
        return true;
    }
}
