package dev.warden.policy.fuzz;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Valid {@link PolicyModel}s: every declaration kind and clause form, names unique across the set.
 * Built without flatMap (a rule names identities by index, resolved when the model is assembled):
 * a flatMap makes new generators on every try, which made generation 20 times slower than parsing.
 */
final class PolicyGenerators {
    private static final int MAX_IDENTITIES = 4;
    private static final int MAX_ENTRYPOINTS = 3;
    private static final int MAX_RULES = 6;

    private PolicyGenerators() {
    }

    /** A rule before its names are known: targets are indexes into the identities and entrypoints. */
    private record RuleShape(boolean forbid, List<Integer> principals, List<Integer> calls, List<PolicyModel.Clause> conditions) {
    }

    static Arbitrary<PolicyModel> policies() {
        Arbitrary<List<String>> names = Values.names().list().uniqueElements()
            .ofSize(MAX_IDENTITIES + MAX_ENTRYPOINTS + MAX_RULES);
        Arbitrary<List<PolicyModel.Identity>> identities = identity().list().ofMinSize(1).ofMaxSize(MAX_IDENTITIES);
        Arbitrary<List<List<PolicyModel.Method>>> entryPoints = Values.methods().list().ofMinSize(1).ofMaxSize(3).list()
            .ofMinSize(1).ofMaxSize(MAX_ENTRYPOINTS);
        Arbitrary<List<RuleShape>> rules = rule().list().ofMaxSize(MAX_RULES);
        return Combinators.combine(names, identities, entryPoints, rules, Arbitraries.longs()).as(PolicyGenerators::assemble);
    }

    private static PolicyModel assemble(List<String> names, List<PolicyModel.Identity> unnamed,
                                        List<List<PolicyModel.Method>> methods, List<RuleShape> shapes, long layoutSeed) {
        List<PolicyModel.Identity> identities = new ArrayList<>();
        for (int i = 0; i < unnamed.size(); i++) {
            PolicyModel.Identity u = unnamed.get(i);
            identities.add(new PolicyModel.Identity(names.get(i), u.issuer(), u.subject(), u.audience(), u.group()));
        }
        List<PolicyModel.EntryPoint> entryPoints = new ArrayList<>();
        for (int e = 0; e < methods.size(); e++) {
            entryPoints.add(new PolicyModel.EntryPoint(names.get(MAX_IDENTITIES + e), methods.get(e)));
        }
        List<PolicyModel.Rule> rules = new ArrayList<>();
        for (int r = 0; r < shapes.size(); r++) {
            RuleShape s = shapes.get(r);
            rules.add(new PolicyModel.Rule(s.forbid(), names.get(MAX_IDENTITIES + MAX_ENTRYPOINTS + r),
                target(s.principals(), identities.stream().map(PolicyModel.Identity::name).toList()),
                target(s.calls(), entryPoints.stream().map(PolicyModel.EntryPoint::name).toList()), s.conditions()));
        }
        return new PolicyModel(identities, entryPoints, rules, layoutSeed);
    }

    /** {@code any} for no indexes, else the names at those indexes (modulo their number; repeats allowed). */
    private static PolicyModel.Target target(List<Integer> indexes, List<String> names) {
        return new PolicyModel.Target(indexes.stream().map(i -> names.get(i % names.size())).toList());
    }

    private static Arbitrary<PolicyModel.Identity> identity() {
        return Combinators.combine(Values.issuers(), Values.subjects(), Values.nonEmptyStrings().injectNull(0.6),
                Values.nonEmptyStrings().injectNull(0.6))
            .as((issuer, subject, audience, group) -> new PolicyModel.Identity(null, issuer, subject, audience, group));
    }

    private static Arbitrary<RuleShape> rule() {
        Arbitrary<PolicyModel.Clause> clause = Combinators.combine(Arbitraries.of(true, false), ConditionGenerators.conditions())
            .as(PolicyModel.Clause::new);
        Arbitrary<List<Integer>> indexes = Arbitraries.integers().between(0, 11).list().ofMaxSize(3);
        return Combinators.combine(Arbitraries.of(true, false), indexes, indexes, clause.list().ofMaxSize(3))
            .as(RuleShape::new);
    }
}
