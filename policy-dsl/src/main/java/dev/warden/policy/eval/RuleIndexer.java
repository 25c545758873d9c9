package dev.warden.policy.eval;

import dev.warden.policy.check.TargetKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits compiled rules by target declaration and then by identity, for {@link TargetIndex}. Each
 * rule is filed under the declarations and identities it names (one pass over the rules), so the
 * work grows with the number of identity × rule pairs written, not with declarations × identities
 * × rules: a set with a thousand identities and ten thousand rules took seconds to compile.
 */
final class RuleIndexer {
    private final List<CompiledRule> rules;
    private final int identityCount;

    RuleIndexer(List<CompiledRule> rules, int identityCount) {
        this.rules = rules;
        this.identityCount = identityCount;
    }

    /** Per declaration of {@code kind}: the rules naming it or naming {@code any}. */
    TargetRules[] perDeclaration(TargetKind kind, int count) {
        List<List<CompiledRule>> named = new ArrayList<>(count);
        for (int d = 0; d < count; d++) {
            named.add(new ArrayList<>());
        }
        List<CompiledRule> anyTarget = anyTarget(kind);
        for (CompiledRule rule : rules) {
            if (rule.targetKind != kind || rule.targets == null) {
                continue;
            }
            for (int d : rule.targets) {
                List<CompiledRule> ofDeclaration = named.get(d);
                if (ofDeclaration.isEmpty() || ofDeclaration.get(ofDeclaration.size() - 1) != rule) {
                    ofDeclaration.add(rule);
                }
            }
        }
        TargetRules[] result = new TargetRules[count];
        for (int d = 0; d < count; d++) {
            List<CompiledRule> candidates = named.get(d);
            candidates.addAll(anyTarget);
            result[d] = split(candidates);
        }
        return result;
    }

    /** The rules of {@code kind} that apply to a request no declaration matches: those with {@code any}. */
    TargetRules unmatched(TargetKind kind) {
        return split(anyTarget(kind));
    }

    private List<CompiledRule> anyTarget(TargetKind kind) {
        return rules.stream().filter(r -> r.targetKind == kind && r.targets == null).toList();
    }

    /**
     * The rules of one declaration, split by identity. An identity no rule names gets the shared
     * {@code principal any} set: the same rules as a set of its own would hold.
     */
    private TargetRules split(List<CompiledRule> candidates) {
        List<CompiledRule> anyPrincipal = new ArrayList<>();
        Map<Integer, List<CompiledRule>> named = new HashMap<>();
        for (CompiledRule rule : candidates) {
            if (rule.principals == null) {
                anyPrincipal.add(rule);
                continue;
            }
            for (int w = 0; w < rule.principals.length; w++) {
                for (long bits = rule.principals[w]; bits != 0; bits &= bits - 1) {
                    named.computeIfAbsent((w << 6) + Long.numberOfTrailingZeros(bits), i -> new ArrayList<>()).add(rule);
                }
            }
        }
        RuleSet any = RuleSet.of(anyPrincipal);
        RuleSet[] byIdentity = new RuleSet[identityCount];
        Arrays.fill(byIdentity, any);
        named.forEach((identity, ofIdentity) -> {
            ofIdentity.addAll(anyPrincipal);
            byIdentity[identity] = RuleSet.of(ofIdentity);
        });
        return new TargetRules(RuleSet.of(candidates), any, byIdentity);
    }
}
