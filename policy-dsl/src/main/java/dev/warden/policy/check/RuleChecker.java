package dev.warden.policy.check;

import dev.warden.policy.MaskSpec;
import dev.warden.policy.syntax.Code;
import dev.warden.policy.syntax.Decl;
import dev.warden.policy.syntax.DeclKind;
import dev.warden.policy.syntax.Diagnostics;
import dev.warden.policy.syntax.Grammar;
import dev.warden.policy.syntax.Member;
import dev.warden.policy.syntax.Name;
import dev.warden.policy.syntax.RuleKind;
import dev.warden.policy.syntax.Target;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks one rule: one principal clause, exactly one target clause ({@code call}, {@code endpoint}
 * or {@code datasource}), its conditions, and the clauses of its kind (via {@link ObligationChecker}).
 */
final class RuleChecker {
    private final Diagnostics diagnostics;
    private final NameTable names;

    RuleChecker(Diagnostics diagnostics, NameTable names) {
        this.diagnostics = diagnostics;
        this.names = names;
    }

    CheckedPolicy.Rule check(Decl decl, int file) {
        MemberReader members = new MemberReader(decl, diagnostics);
        String name = decl.name().text();
        Member.Targets principal = (Member.Targets) members.require(
            members.single("principal", "list several names in one clause: principal [a, b]"),
            "rule '" + name + "' has no 'principal' clause", "say whom or what it applies to; for everything write 'principal any'");
        Member.Targets target = targetClause(decl, members);
        TargetKind targetKind = target == null ? null : TargetKind.ofClause(target.key());
        ConditionChecker conditionChecker = new ConditionChecker(diagnostics, targetKind, decl.ruleKind());
        List<CheckedPolicy.Condition> conditions = new ArrayList<>();
        for (Member m : decl.members()) {
            if (m instanceof Member.Condition c) {
                conditionChecker.check(c.expr());
                conditions.add(new CheckedPolicy.Condition(c.negated(), c.expr()));
            }
        }
        List<Integer> principals = principal == null ? List.of()
            : resolve(principal.target(), DeclKind.IDENTITY, "'principal'");
        List<Integer> targets = target == null ? List.of()
            : resolve(target.target(), targetKind.declared(), "'" + target.key() + "'");
        ObligationChecker obligations = new ObligationChecker(diagnostics, names, decl, members, targetKind);
        MaskSpec mask = decl.ruleKind() == RuleKind.MASK ? obligations.mask() : null;
        CheckedPolicy.Inject inject = decl.ruleKind() == RuleKind.INJECT ? obligations.inject() : null;
        int approvers = decl.ruleKind() == RuleKind.REQUIRE_APPROVAL ? obligations.approvers() : -1;
        return new CheckedPolicy.Rule(name, decl.ruleKind(), principals, targetKind, targets, conditions, file,
            decl.name().span().line(), conditionChecker.usesResult(), mask, inject, approvers);
    }

    /** The one target clause; a second of the same kind is P013, one of another kind P017, none P014. */
    private Member.Targets targetClause(Decl decl, MemberReader members) {
        Member.Targets found = null;
        for (String clause : Grammar.TARGET_CLAUSES) {
            Member.Targets t = (Member.Targets) members.single(clause, "list several names in one clause: "
                + clause + " [a, b]");
            if (t == null) {
                continue;
            }
            if (found == null) {
                found = t;
            } else {
                diagnostics.error(Code.P017, t.keyword().span(), "rule '" + decl.name().text() + "' already covers '"
                    + found.key() + "' targets; a rule has exactly one target clause",
                    "write a separate rule for the '" + t.key() + "' targets");
            }
        }
        return members.require(found, "rule '" + decl.name().text() + "' has no 'call', 'endpoint' or 'datasource' clause",
            "say what it applies to, e.g. 'call any' (entry points), 'endpoint any' or 'datasource any'");
    }

    /** Indexes of the named declarations, or null for {@code any}. */
    private List<Integer> resolve(Target target, DeclKind kind, String role) {
        if (target instanceof Target.Any) {
            return null;
        }
        Set<Integer> indexes = new LinkedHashSet<>();
        for (Name name : ((Target.Names) target).names()) {
            Decl decl = names.resolve(name, Set.of(kind), role);
            if (decl != null) {
                indexes.add(names.indexOf(decl));
            }
        }
        return new ArrayList<>(indexes);
    }
}
