package dev.warden.policy.fuzz;

import dev.warden.policy.MaskSpec;
import dev.warden.policy.fuzz.PolicyModel.Kind;
import dev.warden.policy.fuzz.PolicyModel.On;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Rules before their names are known: every kind over every target kind it may cover, with
 * conditions of its {@link FactScope}. Permits come most often, and some rules come in bundles - a
 * permit and one or two injects or masks over the same callers and targets - because an
 * obligation only shows in a decision that a permit makes, and a conflict needs two injects that
 * both apply.
 */
final class RuleGenerators {

    /** A rule whose principals, targets, approvers and credential are indexes (modulo the declarations). */
    record Shape(On on, Kind kind, int file, List<Integer> principals, List<Integer> targets, List<PolicyModel.Clause> conditions,
                 int approvers, Obligation obligation) {

        Shape over(Shape other) {
            return new Shape(on, kind, file, other.principals, other.targets, conditions, approvers, obligation);
        }
    }

    /**
     * What a mask or inject rule adds.
     *
     * @param covering whether the credential's only_to is made to list the rule's targets
     */
    record Obligation(PolicyModel.Mask mask, int credential, String slot, String header, boolean covering) {
    }

    private RuleGenerators() {
    }

    /** Up to {@code max} rules. */
    static Arbitrary<List<Shape>> rules(int max) {
        Arbitrary<List<Shape>> single = Arbitraries.frequencyOf(Tuple.of(3, rule(FactScope.CALL, null)),
            Tuple.of(3, rule(FactScope.ENDPOINT, null)), Tuple.of(3, rule(FactScope.DATASOURCE, null)),
            Tuple.of(2, rule(FactScope.DATASOURCE_AFTER, null))).map(List::of);
        Arbitrary<List<Shape>> units = Arbitraries.frequencyOf(Tuple.of(8, single), Tuple.of(2, bundle(FactScope.ENDPOINT, Kind.INJECT)),
            Tuple.of(2, bundle(FactScope.DATASOURCE, Kind.INJECT)), Tuple.of(1, bundle(FactScope.CALL, Kind.MASK)));
        return units.list().ofMaxSize(max).map(all -> {
            List<Shape> rules = new ArrayList<>();
            all.forEach(rules::addAll);
            return rules.subList(0, Math.min(max, rules.size()));
        });
    }

    /** An obligation rule, a permit over its callers and targets, and sometimes another inject or mask over them too. */
    private static Arbitrary<List<Shape>> bundle(FactScope scope, Kind obligation) {
        Arbitrary<Shape> another = Arbitraries.oneOf(rule(scope, obligation), rule(scope, Kind.MASK));
        return Combinators.combine(rule(scope, obligation), rule(scope, Kind.PERMIT), another, Arbitraries.of(true, false))
            .as((first, permit, second, two) -> two ? List.of(first, permit.over(first), second.over(first))
                : List.of(first, permit.over(first)));
    }

    /** A rule of {@code scope}; of {@code kind}, or of a kind drawn by weight when null. */
    private static Arbitrary<Shape> rule(FactScope scope, Kind kind) {
        Arbitrary<PolicyModel.Clause> clause = Combinators.combine(Arbitraries.of(true, false), ConditionGenerators.conditions(scope))
            .as(PolicyModel.Clause::new);
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 11);
        Arbitrary<List<Integer>> indexes = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(List.of())),
            Tuple.of(3, index.list().ofMinSize(1).ofMaxSize(3)));
        Arbitrary<List<PolicyModel.Clause>> clauses = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(List.of())),
            Tuple.of(3, clause.list().ofMinSize(1).ofMaxSize(3)));
        if (scope == FactScope.DATASOURCE_AFTER) {
            Arbitrary<PolicyModel.Clause> reads = Combinators.combine(Arbitraries.of(true, false), ConditionGenerators.readsResult())
                .as(PolicyModel.Clause::new);
            clauses = Combinators.combine(reads, clauses).as((first, rest) -> {
                List<PolicyModel.Clause> all = new ArrayList<>(rest);
                all.add(0, first);
                return all;
            });
        }
        return Combinators.combine(kind == null ? kind(scope) : Arbitraries.just(kind), index, indexes, indexes, clauses, index,
                obligation(scope.on, kind == Kind.INJECT))
            .as((k, file, principals, targets, conditions, approvers, obligation) -> new Shape(scope.on, k, file,
                principals, targets, conditions, approvers, obligation));
    }

    /** Permits most often, and obligations next: they only show when a permit applies and no forbid does. */
    private static Arbitrary<Kind> kind(FactScope scope) {
        Map<Kind, Integer> weights = Map.of(Kind.PERMIT, 4, Kind.FORBID, 1, Kind.REQUIRE_APPROVAL, 1, Kind.MASK, 2, Kind.INJECT, 2);
        List<Tuple.Tuple2<Integer, Arbitrary<? extends Kind>>> kinds = new ArrayList<>();
        scope.kinds().forEach(k -> kinds.add(Tuple.of(weights.get(k), Arbitraries.just(k))));
        return Arbitraries.frequencyOf(kinds.toArray(Tuple.Tuple2[]::new));
    }

    private static Arbitrary<Obligation> obligation(On on, boolean mayCover) {
        Arbitrary<String> regex = Arbitraries.of(Vocabulary.REGEXES).filter(r -> !r.isEmpty());
        Arbitrary<PolicyModel.Mask> mask = Combinators.combine(Arbitraries.of(MaskSpec.DETECTORS).list().ofMaxSize(3),
                regex.list().ofMaxSize(2), Arbitraries.of(Vocabulary.COLUMNS).list().ofMaxSize(2),
                Arbitraries.oneOf(Arbitraries.of("[REDACTED]", "", "***"), Values.strings()).injectNull(0.5),
                Arbitraries.of("input", "output", "both").injectNull(0.5))
            .as((detectors, regexes, columns, replace, apply) -> new PolicyModel.Mask(
                detectors.isEmpty() && regexes.isEmpty() && columns.isEmpty() ? List.of("email") : detectors, regexes,
                columns, replace, apply));
        Arbitrary<String> header = on == On.ENDPOINT ? Arbitraries.of(Vocabulary.INJECT_HEADERS).injectNull(0.4) : Arbitraries.just(null);
        String slot = on == On.DATASOURCE ? "password" : "bearer";
        return Combinators.combine(mask, Arbitraries.integers().between(0, 11), header, Arbitraries.of(mayCover, false))
            .as((m, credential, h, covering) -> new Obligation(m, credential, h == null ? slot : "header", h, covering));
    }

    /** The rule {@code s} names in policy {@code m} (whose rules are not there yet). */
    static PolicyModel.Rule resolve(Shape s, String name, int file, PolicyModel m) {
        List<String> identities = m.identities().stream().map(PolicyModel.Identity::name).toList();
        PolicyModel.Mask mask = s.kind() == Kind.MASK ? s.obligation().mask() : null;
        PolicyModel.Inject inject = s.kind() != Kind.INJECT ? null : new PolicyModel.Inject(
            m.credentials().get(s.obligation().credential() % m.credentials().size()).name(), s.obligation().slot(),
            s.obligation().header());
        String approvers = s.kind() != Kind.REQUIRE_APPROVAL ? null : m.approvers().get(s.approvers() % m.approvers().size()).name();
        return new PolicyModel.Rule(s.kind(), name, file, new PolicyModel.Target(pick(s.principals(), identities)), s.on(),
            new PolicyModel.Target(pick(s.targets(), m.targetNames(s.on()))), s.conditions(), approvers, mask, inject);
    }

    /** The names at {@code indexes} (modulo their number; repeats allowed); none for no indexes ({@code any}). */
    static List<String> pick(List<Integer> indexes, List<String> names) {
        return indexes.stream().map(i -> names.get(i % names.size())).toList();
    }
}
