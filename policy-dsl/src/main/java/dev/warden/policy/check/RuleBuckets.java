package dev.warden.policy.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Some of a policy's rules, filed by target kind, target declaration and identity, so a lint
 * compares a rule only with the rules that can cover or meet it instead of with every rule of the
 * set: pairwise over ten thousand rules took seconds. {@code any} is filed as {@link #ANY}; each
 * rule is also filed under {@link #EVERY} target and {@link #EVERY} principal, to look a rule up
 * by one dimension alone.
 */
final class RuleBuckets {
    static final int ANY = -1;
    static final int EVERY = -2;

    private record Key(TargetKind kind, int target, int principal) {
    }

    private final Map<Key, List<Integer>> filed = new HashMap<>();

    /** Files the rules that {@code which} selects, by their index in {@code rules}. */
    RuleBuckets(List<CheckedPolicy.Rule> rules, Predicate<CheckedPolicy.Rule> which) {
        for (int r = 0; r < rules.size(); r++) {
            CheckedPolicy.Rule rule = rules.get(r);
            if (!which.test(rule)) {
                continue;
            }
            for (int target : filedAs(rule.targets())) {
                for (int principal : filedAs(rule.principals())) {
                    file(r, rule.targetKind(), target, principal);
                }
            }
        }
    }

    private static List<Integer> filedAs(List<Integer> names) {
        List<Integer> keys = new ArrayList<>(names == null ? List.of(ANY) : names);
        keys.add(EVERY);
        return keys;
    }

    private void file(int rule, TargetKind kind, int target, int principal) {
        filed.computeIfAbsent(new Key(kind, target, principal), k -> new ArrayList<>()).add(rule);
    }

    /**
     * In ascending order, without repeats: the rules of {@code kind} filed under one of
     * {@code targets} and one of {@code principals}.
     */
    List<Integer> filedUnder(TargetKind kind, List<Integer> targets, List<Integer> principals) {
        List<Integer> found = new ArrayList<>();
        for (int target : targets) {
            for (int principal : principals) {
                found.addAll(filed.getOrDefault(new Key(kind, target, principal), List.of()));
            }
        }
        return found.stream().sorted().distinct().toList();
    }

    /**
     * Where the rules that name every one of {@code names} or {@code any} are filed: under its
     * first name and under {@link #ANY}; only {@code ANY} covers {@code any} (null).
     */
    static List<Integer> covering(List<Integer> names) {
        return names == null ? List.of(ANY) : List.of(names.get(0), ANY);
    }

    /**
     * Where the rules that share one of {@code names} or name {@code any} are filed; for
     * {@code any} (null), every rule meets it.
     */
    static List<Integer> meeting(List<Integer> names) {
        if (names == null) {
            return List.of(EVERY);
        }
        List<Integer> keys = new ArrayList<>(names);
        keys.add(ANY);
        return keys;
    }
}
