package dev.warden.policy.check;

import dev.warden.policy.MaskSpec;
import dev.warden.policy.syntax.Code;
import dev.warden.policy.syntax.Decl;
import dev.warden.policy.syntax.Diagnostics;
import dev.warden.policy.syntax.RuleKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Warnings about a policy that is valid but probably not what its author meant. Run only on a set
 * without errors, so they never echo an error.
 */
final class Lints {
    private final CheckedPolicy policy;
    private final List<Decl> ruleDecls;
    private final Diagnostics diagnostics;
    private final RuleBuckets unconditionalForbids;
    private final RuleBuckets masks;
    /** Per rule, its principals and targets as bit sets (null for any), for the pairwise comparisons. */
    private final List<BitSet> principals = new ArrayList<>();
    private final List<BitSet> targets = new ArrayList<>();

    /** @param ruleDecls the rule declarations, in the order of {@code policy.rules()} */
    Lints(CheckedPolicy policy, List<Decl> ruleDecls, Diagnostics diagnostics) {
        this.policy = policy;
        this.ruleDecls = ruleDecls;
        this.diagnostics = diagnostics;
        this.unconditionalForbids = new RuleBuckets(policy.rules(),
            r -> r.kind() == RuleKind.FORBID && r.conditions().isEmpty());
        this.masks = new RuleBuckets(policy.rules(), r -> r.kind() == RuleKind.MASK);
        for (CheckedPolicy.Rule rule : policy.rules()) {
            principals.add(bits(rule.principals()));
            targets.add(bits(rule.targets()));
        }
    }

    void run() {
        for (int i = 0; i < policy.rules().size(); i++) {
            CheckedPolicy.Rule rule = policy.rules().get(i);
            switch (rule.kind()) {
                case PERMIT -> overriddenPermit(i);
                case INJECT -> injectOutsideOnlyTo(i);
                case MASK -> overlappingMasks(i);
                default -> {
                    // forbid and require_approval have no lint of their own
                }
            }
        }
    }

    /** W001: a forbid without conditions covering at least the permit's principals and targets. */
    private void overriddenPermit(int p) {
        CheckedPolicy.Rule permit = policy.rules().get(p);
        // only a forbid filed under the permit's first target and first principal (or any) can cover
        // it; in a set without errors every rule names at least one of each
        for (int f : unconditionalForbids.filedUnder(permit.targetKind(), RuleBuckets.covering(permit.targets()),
            RuleBuckets.covering(permit.principals()))) {
            CheckedPolicy.Rule forbid = policy.rules().get(f);
            if (covers(principals.get(f), permit.principals()) && covers(targets.get(f), permit.targets())) {
                diagnostics.warning(Code.W001, name(p), "permit '" + permit.name() + "' never takes effect: forbid '"
                    + forbid.name() + "' always overrides it", "forbid '" + forbid.name() + "' (" + name(f).where()
                    + ") has no condition and covers the same or more principals and targets; remove the permit or "
                    + "narrow the forbid");
                return;
            }
        }
    }

    /** W002: an inject toward targets its credential's only_to does not list (such requests are denied). */
    private void injectOutsideOnlyTo(int i) {
        CheckedPolicy.Rule inject = policy.rules().get(i);
        CheckedPolicy.Credential credential = policy.credentials().get(inject.inject().credential());
        List<Integer> allowed = new ArrayList<>();
        credential.onlyTo().stream().filter(r -> r.kind() == inject.targetKind()).forEach(r -> allowed.add(r.index()));
        String onlyTo = credential.onlyTo().isEmpty() ? "nothing" : String.join(", ", credential.onlyTo().stream()
            .map(this::targetName).toList());
        if (inject.targets() == null) {
            diagnostics.warning(Code.W002, name(i), "inject '" + inject.name() + "' covers every " + inject.targetKind().clause()
                + ", but credential '" + credential.name() + "' may only go to " + onlyTo,
                "requests to any other " + inject.targetKind().clause() + " are denied; name the targets: "
                    + inject.targetKind().clause() + " [" + onlyTo + "]");
            return;
        }
        List<String> outside = inject.targets().stream().filter(t -> !allowed.contains(t))
            .map(t -> targetName(new CheckedPolicy.TargetRef(inject.targetKind(), t))).toList();
        if (!outside.isEmpty()) {
            diagnostics.warning(Code.W002, name(i), "inject '" + inject.name() + "' sends credential '" + credential.name()
                + "' toward " + String.join(", ", outside) + ", outside its only_to (" + onlyTo + ")",
                "requests there are denied; add them to the credential's only_to, or remove them from the rule");
        }
    }

    /** W003: two masks over overlapping principals and targets, sharing what they detect, treating it differently. */
    private void overlappingMasks(int b) {
        CheckedPolicy.Rule second = policy.rules().get(b);
        for (int a : masks.filedUnder(second.targetKind(), RuleBuckets.meeting(second.targets()),
            RuleBuckets.meeting(second.principals()))) {
            if (a >= b) {
                return;
            }
            CheckedPolicy.Rule first = policy.rules().get(a);
            if (!overlap(first.principals(), principals.get(b)) || !overlap(first.targets(), targets.get(b))) {
                continue;
            }
            String shared = shared(first.mask(), second.mask());
            boolean differs = !first.mask().replacement().equals(second.mask().replacement())
                || first.mask().apply() != second.mask().apply();
            if (shared != null && differs) {
                diagnostics.warning(Code.W003, name(b), "mask '" + second.name() + "' overlaps mask '" + first.name()
                    + "' on " + shared + " with a different replacement or scope",
                    "a value both match gets two treatments; give them the same replace and apply, or cover different "
                        + "principals or targets (mask '" + first.name() + "' is at " + name(a).where() + ")");
                return;
            }
        }
    }

    private static String shared(MaskSpec a, MaskSpec b) {
        for (String d : a.detectors()) {
            if (b.detectors().contains(d)) {
                return "detector '" + d + "'";
            }
        }
        for (String c : a.columns()) {
            if (b.columns().contains(c)) {
                return "column \"" + c + "\"";
            }
        }
        for (String r : a.regexes()) {
            if (b.regexes().contains(r)) {
                return "regex \"" + r + "\"";
            }
        }
        return null;
    }

    /** Whether {@code wide} (null: any) includes every element of {@code narrow} (null: any). */
    private static boolean covers(BitSet wide, List<Integer> narrow) {
        return wide == null || (narrow != null && narrow.stream().allMatch(wide::get));
    }

    private static boolean overlap(List<Integer> a, BitSet b) {
        return a == null || b == null || a.stream().anyMatch(b::get);
    }

    private static BitSet bits(List<Integer> indexes) {
        if (indexes == null) {
            return null;
        }
        BitSet bits = new BitSet();
        indexes.forEach(bits::set);
        return bits;
    }

    private String targetName(CheckedPolicy.TargetRef ref) {
        return ref.kind() == TargetKind.ENDPOINT ? policy.endpoints().get(ref.index()).name()
            : policy.datasources().get(ref.index()).name();
    }

    private dev.warden.policy.syntax.Span name(int rule) {
        return ruleDecls.get(rule).name().span();
    }
}
