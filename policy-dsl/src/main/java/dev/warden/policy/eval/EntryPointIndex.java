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
    private record Candidate(EntryPointPattern pattern, EntryPointRules rules) {
    }

    private final Map<String, Candidate[]> byMethod = new HashMap<>();
    private final EntryPointRules unmatched;

    /** @param unmatched the rules for a call no entrypoint names ({@code call any} rules) */
    EntryPointIndex(List<List<EntryPointPattern>> patterns, List<EntryPointRules> rules, EntryPointRules unmatched) {
        this.unmatched = unmatched;
        Map<String, List<Candidate>> building = new HashMap<>();
        for (int e = 0; e < patterns.size(); e++) {
            for (EntryPointPattern p : patterns.get(e)) {
                building.computeIfAbsent(p.methodName(), k -> new java.util.ArrayList<>()).add(new Candidate(p, rules.get(e)));
            }
        }
        building.forEach((method, list) -> byMethod.put(method, list.toArray(new Candidate[0])));
    }

    /** The rules for {@code call} made by a caller matching the identities in {@code who}. */
    RuleSet rulesFor(EntryPointCall call, long[] who) {
        Candidate[] candidates = byMethod.get(call.methodName());
        if (candidates == null) {
            return unmatched.select(who);
        }
        EntryPointRules first = null;
        RuleSet merged = null;
        for (Candidate c : candidates) {
            if (!c.pattern.matches(call) || c.rules == first) {
                continue;
            }
            if (first == null) {
                first = c.rules;
            } else {
                // several entrypoints naming one method is rare: merge only then
                merged = (merged == null ? first.select(who) : merged).union(c.rules.select(who));
            }
        }
        return merged != null ? merged : (first == null ? unmatched : first).select(who);
    }
}
