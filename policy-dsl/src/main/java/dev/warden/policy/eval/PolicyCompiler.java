package dev.warden.policy.eval;

import dev.warden.policy.ApprovalRequirement;
import dev.warden.policy.CredentialSource;
import dev.warden.policy.EntryPointCall;
import dev.warden.policy.EntryPointPattern;
import dev.warden.policy.HttpCall;
import dev.warden.policy.Injection;
import dev.warden.policy.PolicySet;
import dev.warden.policy.SqlCall;
import dev.warden.policy.check.CheckedPolicy;
import dev.warden.policy.check.TargetKind;
import dev.warden.policy.syntax.ExprPrinter;
import dev.warden.policy.RuleDeclaration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Compiles a checked policy into an immutable {@link PolicySet} with per-target, per-identity rule indexes. */
public final class PolicyCompiler {
    private final CheckedPolicy policy;

    private PolicyCompiler(CheckedPolicy policy) {
        this.policy = policy;
    }

    public static PolicySet compile(CheckedPolicy policy, String revision) {
        return new PolicyCompiler(policy).compile(revision);
    }

    private PolicySet compile(String revision) {
        IdentityMatcher[] matchers = policy.identities().stream().map(IdentityMatcher::new).toArray(IdentityMatcher[]::new);
        List<CompiledRule> rules = new ArrayList<>();
        policy.rules().forEach(r -> rules.add(rule(r, matchers.length)));
        RuleIndexer indexer = new RuleIndexer(rules, matchers.length);

        List<TargetIndex.Candidate> calls = new ArrayList<>();
        for (int e = 0; e < policy.entryPoints().size(); e++) {
            for (EntryPointPattern p : policy.entryPoints().get(e).patterns()) {
                calls.add(new TargetIndex.Candidate(p.methodName(), a -> p.matches((EntryPointCall) a), e));
            }
        }
        List<TargetIndex.Candidate> endpoints = new ArrayList<>();
        for (int e = 0; e < policy.endpoints().size(); e++) {
            CheckedPolicy.Endpoint endpoint = policy.endpoints().get(e);
            for (var url : endpoint.urls()) {
                endpoints.add(new TargetIndex.Candidate(url.exactHost() ? url.hostGlob() : null,
                    new UrlMatcher(url, endpoint.methods()), e));
            }
        }
        List<TargetIndex.Candidate> datasources = new ArrayList<>();
        for (int d = 0; d < policy.datasources().size(); d++) {
            for (var address : policy.datasources().get(d).addresses()) {
                datasources.add(new TargetIndex.Candidate(address, a -> true, d));
            }
        }
        TargetIndex[] indexes = {
            new TargetIndex(a -> ((EntryPointCall) a).methodName(), calls,
                indexer.perDeclaration(TargetKind.CALL, policy.entryPoints().size()), indexer.unmatched(TargetKind.CALL)),
            new TargetIndex(a -> ((HttpCall) a).url().host(), endpoints,
                indexer.perDeclaration(TargetKind.ENDPOINT, policy.endpoints().size()), indexer.unmatched(TargetKind.ENDPOINT)),
            new TargetIndex(a -> ((SqlCall) a).datasource(), datasources,
                indexer.perDeclaration(TargetKind.DATASOURCE, policy.datasources().size()),
                indexer.unmatched(TargetKind.DATASOURCE)),
        };
        List<RuleDeclaration> declared = policy.rules().stream()
            .map(r -> new RuleDeclaration(r.name(), r.kind().keyword(), policy.files().get(r.file()).file(), r.line()))
            .sorted(Comparator.comparing(RuleDeclaration::id))
            .toList();
        Map<String, CredentialSource> credentials = new TreeMap<>();
        policy.credentials().forEach(c -> credentials.put(c.name(), c.source()));
        return new CompiledPolicySet(revision, policy.entryPointPatterns(), new IdentityIndex(matchers), indexes, Declarations.of(policy), rules,
            declared, Collections.unmodifiableMap(credentials));
    }

    private CompiledRule rule(CheckedPolicy.Rule rule, int identityCount) {
        long[] principals = null;
        if (rule.principals() != null) {
            principals = new long[(identityCount + 63) >>> 6];
            for (int i : rule.principals()) {
                principals[i >>> 6] |= 1L << i;
            }
        }
        ConditionCompiler compiler = new ConditionCompiler(policy.files().get(rule.file()).zone());
        List<Condition> when = new ArrayList<>();
        List<Condition> unless = new ArrayList<>();
        List<String> whenText = new ArrayList<>();
        List<String> unlessText = new ArrayList<>();
        for (CheckedPolicy.Condition c : rule.conditions()) {
            (c.negated() ? unless : when).add(compiler.compile(c.expr()));
            (c.negated() ? unlessText : whenText).add((c.negated() ? "unless " : "when ") + ExprPrinter.print(c.expr()));
        }
        whenText.addAll(unlessText);
        int[] targets = rule.targets() == null ? null : rule.targets().stream().mapToInt(Integer::intValue).toArray();
        return new CompiledRule(rule.name(), rule.kind(), principals, rule.targetKind(), targets,
            when.toArray(new Condition[0]), unless.toArray(new Condition[0]), whenText.toArray(new String[0]),
            rule.usesResult(), obligation(rule));
    }

    private CompiledRule.Obligation obligation(CheckedPolicy.Rule rule) {
        if (rule.mask() != null) {
            return new CompiledRule.Obligation(rule.mask(), null, null);
        }
        if (rule.inject() != null) {
            CheckedPolicy.Credential credential = policy.credentials().get(rule.inject().credential());
            Injection injection = new Injection(rule.name(), credential.name(), credential.source(),
                rule.inject().slot(), rule.inject().header());
            List<Integer> onlyTo = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (CheckedPolicy.TargetRef ref : credential.onlyTo()) {
                names.add(ref.kind() == TargetKind.ENDPOINT ? policy.endpoints().get(ref.index()).name()
                    : policy.datasources().get(ref.index()).name());
                if (ref.kind() == rule.targetKind()) {
                    onlyTo.add(ref.index());
                }
            }
            return new CompiledRule.Obligation(null,
                new InjectPlan(injection, onlyTo.stream().mapToInt(Integer::intValue).toArray(), names), null);
        }
        if (rule.approvers() >= 0) {
            CheckedPolicy.Approvers approvers = policy.approvers().get(rule.approvers());
            return new CompiledRule.Obligation(null, null,
                new ApprovalRequirement(rule.name(), approvers.name(), approvers.groups(), approvers.subjects()));
        }
        return CompiledRule.Obligation.NONE;
    }
}
