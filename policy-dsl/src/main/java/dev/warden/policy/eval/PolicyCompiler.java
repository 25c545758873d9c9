package dev.warden.policy.eval;

import dev.warden.policy.EntryPointPattern;
import dev.warden.policy.PolicySet;
import dev.warden.policy.check.CheckedPolicy;
import dev.warden.policy.syntax.RuleKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Compiles a checked policy into an immutable {@link PolicySet} with per-entrypoint rule indexes. */
public final class PolicyCompiler {

    private PolicyCompiler() {
    }

    public static PolicySet compile(CheckedPolicy policy, String revision) {
        List<CheckedPolicy.Identity> identities = policy.identities();
        IdentityMatcher[] matchers = new IdentityMatcher[identities.size()];
        for (int i = 0; i < matchers.length; i++) {
            matchers[i] = new IdentityMatcher(identities.get(i));
        }

        List<CompiledRule> rules = new ArrayList<>();
        policy.rules().forEach(r -> rules.add(rule(r, matchers.length)));

        List<List<EntryPointPattern>> patterns = new ArrayList<>();
        List<EntryPointRules> perEntryPoint = new ArrayList<>();
        List<EntryPointPattern> all = new ArrayList<>();
        for (int e = 0; e < policy.entryPoints().size(); e++) {
            patterns.add(policy.entryPoints().get(e).patterns());
            perEntryPoint.add(rulesFor(policy.rules(), rules, e, matchers.length));
            policy.entryPoints().get(e).patterns().stream().filter(p -> !all.contains(p)).forEach(all::add);
        }
        EntryPointIndex index = new EntryPointIndex(patterns, perEntryPoint,
            rulesFor(policy.rules(), rules, -1, matchers.length));
        return new CompiledPolicySet(revision, all, new IdentityIndex(matchers), index);
    }

    private static CompiledRule rule(CheckedPolicy.Rule rule, int identityCount) {
        long[] principals = null;
        if (rule.principals() != null) {
            principals = new long[(identityCount + 63) >>> 6];
            for (int i : rule.principals()) {
                principals[i >>> 6] |= 1L << i;
            }
        }
        List<Condition> when = new ArrayList<>();
        List<Condition> unless = new ArrayList<>();
        for (CheckedPolicy.Condition c : rule.conditions()) {
            (c.negated() ? unless : when).add(ConditionCompiler.compile(c.expr()));
        }
        return new CompiledRule(rule.name(), rule.kind(), principals, when.toArray(new Condition[0]),
            unless.toArray(new Condition[0]));
    }

    /**
     * The rules whose call clause names entrypoint {@code e} or is {@code any} ({@code e = -1}:
     * only {@code any}), split by identity.
     */
    private static EntryPointRules rulesFor(List<CheckedPolicy.Rule> checked, List<CompiledRule> compiled, int e,
                                            int identityCount) {
        RuleSet all = select(checked, compiled, e, r -> true);
        RuleSet anyPrincipal = select(checked, compiled, e, r -> r.principals() == null);
        RuleSet[] byIdentity = new RuleSet[identityCount];
        for (int i = 0; i < identityCount; i++) {
            int identity = i;
            byIdentity[i] = select(checked, compiled, e, r -> r.principals() == null || r.principals().contains(identity));
        }
        return new EntryPointRules(all, anyPrincipal, byIdentity);
    }

    private static RuleSet select(List<CheckedPolicy.Rule> checked, List<CompiledRule> compiled, int e,
                                  Predicate<CheckedPolicy.Rule> principal) {
        List<CompiledRule> forbids = new ArrayList<>();
        List<CompiledRule> permits = new ArrayList<>();
        for (int r = 0; r < checked.size(); r++) {
            List<Integer> calls = checked.get(r).calls();
            if ((calls == null || calls.contains(e)) && principal.test(checked.get(r))) {
                (compiled.get(r).kind == RuleKind.FORBID ? forbids : permits).add(compiled.get(r));
            }
        }
        return new RuleSet(RuleSet.sorted(forbids.toArray(new CompiledRule[0])),
            RuleSet.sorted(permits.toArray(new CompiledRule[0])));
    }
}
