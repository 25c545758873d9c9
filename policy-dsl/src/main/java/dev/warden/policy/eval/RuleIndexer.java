package dev.warden.policy.eval;

import dev.warden.policy.check.TargetKind;
import java.util.List;
import java.util.function.Predicate;

/** Splits compiled rules by target declaration and then by identity, for {@link TargetIndex}. */
final class RuleIndexer {
    private final List<CompiledRule> rules;
    private final int identityCount;

    RuleIndexer(List<CompiledRule> rules, int identityCount) {
        this.rules = rules;
        this.identityCount = identityCount;
    }

    /** Per declaration of {@code kind}: the rules naming it or naming {@code any}. */
    TargetRules[] perDeclaration(TargetKind kind, int count) {
        TargetRules[] result = new TargetRules[count];
        for (int d = 0; d < count; d++) {
            int declaration = d;
            result[d] = split(r -> r.targetKind == kind && (r.targets == null || contains(r.targets, declaration)));
        }
        return result;
    }

    /** The rules of {@code kind} that apply to a request no declaration matches: those with {@code any}. */
    TargetRules unmatched(TargetKind kind) {
        return split(r -> r.targetKind == kind && r.targets == null);
    }

    private TargetRules split(Predicate<CompiledRule> target) {
        RuleSet all = select(target, r -> true);
        RuleSet anyPrincipal = select(target, r -> r.principals == null);
        RuleSet[] byIdentity = new RuleSet[identityCount];
        for (int i = 0; i < identityCount; i++) {
            int identity = i;
            byIdentity[i] = select(target, r -> r.principals == null || (r.principals[identity >>> 6] & (1L << identity)) != 0);
        }
        return new TargetRules(all, anyPrincipal, byIdentity);
    }

    private RuleSet select(Predicate<CompiledRule> target, Predicate<CompiledRule> principal) {
        return RuleSet.of(rules.stream().filter(target.and(principal)).toList());
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
