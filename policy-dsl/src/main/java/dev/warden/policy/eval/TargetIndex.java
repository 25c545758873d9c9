package dev.warden.policy.eval;

import dev.warden.policy.Action;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds the declarations of one target kind that a request's action matches, and so the rules to
 * evaluate: first by a hash lookup on a key of the action (an entry point's method name, an
 * endpoint's host, a datasource's address), then only the few candidates found are tested, plus
 * those that cannot be keyed (endpoints whose host is a glob).
 */
final class TargetIndex {

    /** One way a declaration can match (one method, URL pattern or address of it). */
    record Candidate(Object key, Predicate<Action> test, int declaration) {
    }

    private final Function<Action, Object> keyOf;
    private final Map<Object, Candidate[]> byKey = new HashMap<>();
    private final Candidate[] unkeyed;
    private final TargetRules[] perDeclaration;
    private final TargetRules unmatched;

    /**
     * @param candidates every candidate; those with a null key are tested for every request
     * @param perDeclaration the rules of each declaration (rules naming it, and rules with {@code any})
     * @param unmatched the rules for a request no declaration matches ({@code any} rules)
     */
    TargetIndex(Function<Action, Object> keyOf, List<Candidate> candidates, TargetRules[] perDeclaration,
                TargetRules unmatched) {
        this.keyOf = keyOf;
        this.perDeclaration = perDeclaration;
        this.unmatched = unmatched;
        Map<Object, List<Candidate>> building = new HashMap<>();
        List<Candidate> rest = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.key() == null) {
                rest.add(c);
            } else {
                building.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
            }
        }
        building.forEach((key, list) -> byKey.put(key, list.toArray(new Candidate[0])));
        this.unkeyed = rest.toArray(new Candidate[0]);
    }

    /** The rules for {@code action} by a caller matching the identities in {@code who}. */
    RuleSet rulesFor(Action action, long[] who) {
        Candidate[] keyed = byKey.get(keyOf.apply(action));
        int first = -1;
        RuleSet merged = null;
        for (int pass = 0; pass < 2; pass++) {
            Candidate[] candidates = pass == 0 ? keyed : unkeyed;
            for (int i = 0; candidates != null && i < candidates.length; i++) {
                Candidate c = candidates[i];
                if (c.declaration() == first || !c.test().test(action)) {
                    continue;
                }
                if (first < 0) {
                    first = c.declaration();
                } else {
                    // a request matching several declarations is rare: merge only then
                    RuleSet base = merged == null ? perDeclaration[first].select(who) : merged;
                    merged = base.union(perDeclaration[c.declaration()].select(who));
                }
            }
        }
        return merged != null ? merged : (first < 0 ? unmatched : perDeclaration[first]).select(who);
    }

    /** The distinct declarations {@code action} matches, in index order. Off the hot path. */
    int[] matched(Action action) {
        boolean[] hit = new boolean[perDeclaration.length];
        Candidate[] keyed = byKey.get(keyOf.apply(action));
        for (Candidate[] candidates : new Candidate[][] {keyed == null ? new Candidate[0] : keyed, unkeyed}) {
            for (Candidate c : candidates) {
                hit[c.declaration()] |= c.test().test(action);
            }
        }
        int count = 0;
        for (boolean h : hit) {
            count += h ? 1 : 0;
        }
        int[] result = new int[count];
        for (int i = 0, n = 0; i < hit.length; i++) {
            if (hit[i]) {
                result[n++] = i;
            }
        }
        return result;
    }
}
