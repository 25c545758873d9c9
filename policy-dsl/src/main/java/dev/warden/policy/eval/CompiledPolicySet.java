package dev.warden.policy.eval;

import dev.warden.policy.Action;
import dev.warden.policy.CredentialSource;
import dev.warden.policy.Decision;
import dev.warden.policy.Effect;
import dev.warden.policy.EntryPointPattern;
import dev.warden.policy.Explanation;
import dev.warden.policy.Obligations;
import dev.warden.policy.PolicySet;
import dev.warden.policy.Request;
import dev.warden.policy.RuleDeclaration;
import dev.warden.policy.check.TargetKind;
import java.util.List;
import java.util.Map;

/**
 * The immutable snapshot {@code decide} runs over. Any matching forbid denies; otherwise any
 * matching require_approval asks for approval; otherwise any matching permit permits; otherwise
 * the default deny. Rule order never matters: every applicable rule of the winning kind is
 * evaluated and all their ids are reported, sorted.
 */
final class CompiledPolicySet implements PolicySet {
    private final String revision;
    private final List<EntryPointPattern> entryPoints;
    private final IdentityIndex identities;
    private final TargetIndex[] indexes;
    private final Declarations declarations;
    private final List<CompiledRule> rules;
    private final List<RuleDeclaration> declared;
    private final Map<String, CredentialSource> credentials;

    /**
     * @param indexes by {@link TargetKind} ordinal
     * @param declared every rule with where it is declared, sorted by id
     * @param credentials every declared credential's source by name, in name order
     */
    CompiledPolicySet(String revision, List<EntryPointPattern> entryPoints, IdentityIndex identities,
                      TargetIndex[] indexes, Declarations declarations, List<CompiledRule> rules,
                      List<RuleDeclaration> declared, Map<String, CredentialSource> credentials) {
        this.revision = revision;
        this.entryPoints = List.copyOf(entryPoints);
        this.identities = identities;
        this.indexes = indexes.clone();
        this.declarations = declarations;
        this.rules = List.copyOf(rules);
        this.declared = List.copyOf(declared);
        this.credentials = credentials;
    }

    @Override
    public Decision decide(Request request) {
        long[] who = identities.matching(request.principal());
        TargetKind kind = TargetKind.of(request.action());
        RuleSet applicable = indexes[kind.ordinal()].rulesFor(request.action(), who);
        Evaluation ev = new Evaluation(request, who, request.hasResult());
        CompiledRule forbid = ev.firstMatch(applicable.forbids(), true);
        if (forbid != null) {
            return Outcomes.ruled(Effect.DENY, applicable.forbids(), forbid, ev, revision, Obligations.NONE);
        }
        CompiledRule approval = ev.firstMatch(applicable.approvals(), true);
        CompiledRule permit = approval != null ? null : ev.firstMatch(applicable.permits(), false);
        if (approval == null && permit == null) {
            boolean monitorOnly = declarations.anyMonitor()
                && declarations.monitorOnly(kind, indexes[kind.ordinal()].matched(request.action()));
            return new Decision(Effect.DENY, List.of(), Outcomes.defaultDenyReason(applicable.permits(), ev), revision,
                Obligations.NONE, monitorOnly);
        }
        boolean noObligations = approval == null && applicable.masks().length == 0 && applicable.injects().length == 0;
        if (noObligations) {
            return Outcomes.ruled(Effect.PERMIT, applicable.permits(), permit, ev, revision, Obligations.NONE);
        }
        return new ObligationCollector(ev, applicable, () -> indexes[kind.ordinal()].matched(request.action()),
            revision, declarations, kind).decide(approval, permit);
    }

    @Override
    public Explanation explain(Request request) {
        return new Explainer(this, declarations, identities, indexes).explain(request, rules);
    }

    @Override
    public String revision() {
        return revision;
    }

    @Override
    public List<EntryPointPattern> entryPoints() {
        return entryPoints;
    }

    @Override
    public List<RuleDeclaration> rules() {
        return declared;
    }

    @Override
    public Map<String, CredentialSource> credentials() {
        return credentials;
    }

    /** The request being decided, with what every rule evaluation needs. */
    record Evaluation(Request request, long[] who, boolean afterCall) {

        int match(CompiledRule rule) {
            return rule.match(request, who, afterCall);
        }

        /** The first rule that counts as matched; a condition error counts only when {@code errorMatches}. */
        CompiledRule firstMatch(CompiledRule[] rules, boolean errorMatches) {
            for (CompiledRule rule : rules) {
                int m = match(rule);
                if (m == CompiledRule.MATCH || (errorMatches && m == CompiledRule.ERROR)) {
                    return rule;
                }
            }
            return null;
        }

        Action action() {
            return request.action();
        }
    }
}
