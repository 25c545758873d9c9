package dev.warden.policy.eval;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;

/** The forbid and permit rules that apply to one entrypoint, each sorted by id. */
record RuleSet(CompiledRule[] forbids, CompiledRule[] permits) {

    static final RuleSet EMPTY = new RuleSet(new CompiledRule[0], new CompiledRule[0]);

    /** The union of two sets (a call that matches two entrypoints), without duplicates. */
    RuleSet union(RuleSet other) {
        return new RuleSet(merge(forbids, other.forbids), merge(permits, other.permits));
    }

    static CompiledRule[] sorted(CompiledRule[] rules) {
        CompiledRule[] copy = rules.clone();
        Arrays.sort(copy, Comparator.comparing(r -> r.id));
        return copy;
    }

    private static CompiledRule[] merge(CompiledRule[] a, CompiledRule[] b) {
        Set<CompiledRule> all = new LinkedHashSet<>(Arrays.asList(a));
        all.addAll(Arrays.asList(b));
        return sorted(all.toArray(new CompiledRule[0]));
    }
}
