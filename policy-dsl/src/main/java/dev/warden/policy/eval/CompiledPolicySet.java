package dev.warden.policy.eval;

import dev.warden.policy.Decision;
import dev.warden.policy.Effect;
import dev.warden.policy.EntryPointPattern;
import dev.warden.policy.PolicySet;
import dev.warden.policy.Request;
import java.util.List;

/**
 * The immutable snapshot {@code decide} runs over. Default deny; any matching forbid denies;
 * otherwise any matching permit permits. Rule order never matters: every applicable rule is
 * evaluated and the ids of all that produced the effect are reported, sorted.
 */
final class CompiledPolicySet implements PolicySet {
    private final String revision;
    private final List<EntryPointPattern> entryPoints;
    private final IdentityIndex identities;
    private final EntryPointIndex index;

    CompiledPolicySet(String revision, List<EntryPointPattern> entryPoints, IdentityIndex identities,
                      EntryPointIndex index) {
        this.revision = revision;
        this.entryPoints = List.copyOf(entryPoints);
        this.identities = identities;
        this.index = index;
    }

    @Override
    public Decision decide(Request request) {
        long[] who = identities.matching(request.principal());
        RuleSet rules = index.rulesFor(request.entryPoint(), who);
        CompiledRule forbid = firstMatch(rules.forbids(), request, who, true);
        if (forbid != null) {
            return Outcomes.deny(rules.forbids(), forbid, request, who, revision);
        }
        CompiledRule permit = firstMatch(rules.permits(), request, who, false);
        if (permit != null) {
            return Outcomes.permit(rules.permits(), permit, request, who, revision);
        }
        return new Decision(Effect.DENY, List.of(), Outcomes.defaultDenyReason(rules.permits(), request, who), revision);
    }

    /** The first rule that counts as matched; a condition error counts only when {@code errorMatches}. */
    static CompiledRule firstMatch(CompiledRule[] rules, Request request, long[] who, boolean errorMatches) {
        for (CompiledRule rule : rules) {
            int m = rule.match(request, who);
            if (m == CompiledRule.MATCH || (errorMatches && m == CompiledRule.ERROR)) {
                return rule;
            }
        }
        return null;
    }

    @Override
    public String revision() {
        return revision;
    }

    @Override
    public List<EntryPointPattern> entryPoints() {
        return entryPoints;
    }
}
