package dev.warden.policy.eval;

import dev.warden.policy.ApprovalRequirement;
import dev.warden.policy.Decision;
import dev.warden.policy.Effect;
import dev.warden.policy.Injection;
import dev.warden.policy.MaskSpec;
import dev.warden.policy.Obligations;
import dev.warden.policy.check.TargetKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Gathers the obligations of a permitted or approval-required request: the masks of every mask
 * rule that applies (one whose condition errors applies too — mask more, not less), the injections
 * of every inject rule that applies, and the approvers of every require_approval rule that counts.
 * An injection that cannot be carried out — its condition errors, its credential may not go to
 * this target, or it conflicts with another — turns the decision into a denial naming the rule.
 */
final class ObligationCollector {
    private final CompiledPolicySet.Evaluation ev;
    private final RuleSet rules;
    private final Supplier<int[]> matchedDeclarations;
    private final String revision;
    private final Declarations declarations;
    private final TargetKind kind;

    ObligationCollector(CompiledPolicySet.Evaluation ev, RuleSet rules, Supplier<int[]> matchedDeclarations,
                        String revision, Declarations declarations, TargetKind kind) {
        this.ev = ev;
        this.rules = rules;
        this.matchedDeclarations = matchedDeclarations;
        this.revision = revision;
        this.declarations = declarations;
        this.kind = kind;
    }

    /** The decision of {@code approval} (if not null) or else {@code permit}, with its obligations. */
    Decision decide(CompiledRule approval, CompiledRule permit) {
        List<InjectPlan> injections = new ArrayList<>();
        Decision denied = injections(injections);
        if (denied != null) {
            return denied;
        }
        List<MaskSpec> masks = new ArrayList<>();
        for (CompiledRule rule : rules.masks()) {
            if (ev.match(rule) != CompiledRule.NO_MATCH) {
                masks.add(rule.mask);
            }
        }
        List<ApprovalRequirement> approvals = new ArrayList<>();
        if (approval != null) {
            for (CompiledRule rule : rules.approvals()) {
                if (ev.match(rule) != CompiledRule.NO_MATCH) {
                    approvals.add(rule.approval);
                }
            }
        }
        Obligations obligations = new Obligations(masks, injections.stream().map(InjectPlan::injection).toList(), approvals);
        return approval != null
            ? Outcomes.ruled(Effect.APPROVAL_REQUIRED, rules.approvals(), approval, ev, revision, obligations)
            : Outcomes.ruled(Effect.PERMIT, rules.permits(), permit, ev, revision, obligations);
    }

    /** Adds every applicable injection; returns the denial if one cannot be carried out. */
    private Decision injections(List<InjectPlan> accepted) {
        List<CompiledRule> owners = new ArrayList<>();
        for (CompiledRule rule : rules.injects()) {
            int m = ev.match(rule);
            if (m == CompiledRule.ERROR) {
                return Outcomes.obligationDenied(rule.ids, "inject '" + rule.id + "' could not be evaluated ("
                    + rule.error(ev.request()) + "), and an obligation that cannot be carried out denies the call", revision);
            }
            if (m == CompiledRule.NO_MATCH) {
                continue;
            }
            InjectPlan plan = rule.inject;
            int[] matched = matchedDeclarations.get();
            if (!plan.allows(matched)) {
                return Outcomes.obligationDenied(rule.ids, "inject '" + rule.id + "' may not send credential '"
                    + plan.injection().credential() + "' to " + target(matched) + ": its only_to is "
                    + String.join(", ", plan.onlyToNames()), revision);
            }
            Decision conflict = conflict(plan, rule, accepted, owners);
            if (conflict != null) {
                return conflict;
            }
        }
        return null;
    }

    private Decision conflict(InjectPlan plan, CompiledRule rule, List<InjectPlan> accepted, List<CompiledRule> owners) {
        for (int i = 0; i < accepted.size(); i++) {
            InjectPlan other = accepted.get(i);
            if (!other.slotKey().equals(plan.slotKey())) {
                continue;
            }
            if (other.injection().credential().equals(plan.injection().credential())) {
                return null; // the same credential into the same place twice: inject it once
            }
            return Outcomes.obligationDenied(List.of(owners.get(i).id, rule.id), "injects '" + owners.get(i).id
                + "' and '" + rule.id + "' put different credentials ('" + other.injection().credential() + "', '"
                + plan.injection().credential() + "') into " + slotName(plan.injection()), revision);
        }
        accepted.add(plan);
        owners.add(rule);
        return null;
    }

    private String target(int[] matched) {
        if (matched.length == 0) {
            return ev.action().display() + " (no declared " + kind.clause() + ")";
        }
        List<String> names = new ArrayList<>();
        for (int d : matched) {
            names.add(declarations.targetName(kind, d));
        }
        return String.join(", ", names);
    }

    private static String slotName(Injection injection) {
        return switch (injection.slot()) {
            case HEADER -> "header '" + injection.header() + "'";
            case BEARER -> "the Authorization header";
            case PASSWORD -> "the password";
        };
    }
}
