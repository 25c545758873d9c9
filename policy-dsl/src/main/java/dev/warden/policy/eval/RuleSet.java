package dev.warden.policy.eval;

import dev.warden.policy.syntax.RuleKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The rules that can apply to one target, split by kind, each array sorted by id. */
record RuleSet(CompiledRule[] forbids, CompiledRule[] approvals, CompiledRule[] permits, CompiledRule[] masks,
               CompiledRule[] injects) {

    static RuleSet of(Collection<CompiledRule> rules) {
        return new RuleSet(only(rules, RuleKind.FORBID), only(rules, RuleKind.REQUIRE_APPROVAL),
            only(rules, RuleKind.PERMIT), only(rules, RuleKind.MASK), only(rules, RuleKind.INJECT));
    }

    private static CompiledRule[] only(Collection<CompiledRule> rules, RuleKind kind) {
        return sorted(rules.stream().filter(r -> r.kind == kind).toArray(CompiledRule[]::new));
    }

    /** The union of two sets (a request that matches two declarations), without duplicates. */
    RuleSet union(RuleSet other) {
        return of(merge(all(), other.all()));
    }

    List<CompiledRule> all() {
        List<CompiledRule> all = new ArrayList<>();
        for (CompiledRule[] rules : List.of(forbids, approvals, permits, masks, injects)) {
            all.addAll(Arrays.asList(rules));
        }
        return all;
    }

    static CompiledRule[] sorted(CompiledRule[] rules) {
        CompiledRule[] copy = rules.clone();
        Arrays.sort(copy, Comparator.comparing(r -> r.id));
        return copy;
    }

    private static Set<CompiledRule> merge(List<CompiledRule> a, List<CompiledRule> b) {
        Set<CompiledRule> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
