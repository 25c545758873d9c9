package dev.warden.policy.eval;

import dev.warden.policy.EntryPointCall;
import dev.warden.policy.EntryPointPattern;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the rules for a call: by method name first (a hash lookup), then the few patterns with
 * that name are tested against the call's type names.
 */
final class EntryPointIndex {
    private record Candidate(EntryPointPattern pattern, RuleSet rules) {
    }

    private final Map<String, Candidate[]> byMethod = new HashMap<>();
    private final RuleSet unmatched;

    /** @param unmatched the rules for a call no entrypoint names ({@code call any} rules) */
    EntryPointIndex(List<List<EntryPointPattern>> patterns, List<RuleSet> rules, RuleSet unmatched) {
        this.unmatched = unmatched;
        Map<String, List<Candidate>> building = new HashMap<>();
        for (int e = 0; e < patterns.size(); e++) {
            for (EntryPointPattern p : patterns.get(e)) {
                building.computeIfAbsent(p.methodName(), k -> new java.util.ArrayList<>()).add(new Candidate(p, rules.get(e)));
            }
        }
        building.forEach((method, list) -> byMethod.put(method, list.toArray(new Candidate[0])));
    }

    RuleSet rulesFor(EntryPointCall call) {
        Candidate[] candidates = byMethod.get(call.methodName());
        if (candidates == null) {
            return unmatched;
        }
        RuleSet found = null;
        for (Candidate c : candidates) {
            if (c.pattern.matches(call)) {
                // several entrypoints naming one method is rare: merge only then
                found = found == null || found == c.rules ? c.rules : found.union(c.rules);
            }
        }
        return found == null ? unmatched : found;
    }
}
