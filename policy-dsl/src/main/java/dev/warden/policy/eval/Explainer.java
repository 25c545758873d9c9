package dev.warden.policy.eval;

import dev.warden.policy.Action;
import dev.warden.policy.EntryPointCall;
import dev.warden.policy.Explanation;
import dev.warden.policy.HttpCall;
import dev.warden.policy.Request;
import dev.warden.policy.RuleTrace;
import dev.warden.policy.check.TargetKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Traces every rule of a set for one request, clause by clause, with the same evaluation
 * {@code decide} uses, so the two always agree: the target kind, the principal, the target, then
 * the conditions. A condition error makes the rule ERROR whatever the other conditions say (there
 * is no short-circuit); otherwise the first failing clause is reported.
 */
final class Explainer {
    private final CompiledPolicySet set;
    private final Declarations declarations;
    private final IdentityIndex identities;
    private final TargetIndex[] indexes;

    Explainer(CompiledPolicySet set, Declarations declarations, IdentityIndex identities, TargetIndex[] indexes) {
        this.set = set;
        this.declarations = declarations;
        this.identities = identities;
        this.indexes = indexes;
    }

    Explanation explain(Request request, List<CompiledRule> rules) {
        long[] who = identities.matching(request.principal());
        TargetKind kind = TargetKind.of(request.action());
        int[] matched = indexes[kind.ordinal()].matched(request.action());
        List<RuleTrace> traces = new ArrayList<>();
        rules.stream().sorted(Comparator.comparing((CompiledRule r) -> r.id))
            .forEach(rule -> traces.add(trace(rule, request, who, kind, matched)));
        return new Explanation(traces, set.decide(request));
    }

    private RuleTrace trace(CompiledRule rule, Request request, long[] who, TargetKind kind, int[] matched) {
        String ruleKind = rule.kind.keyword();
        if (rule.targetKind != kind) {
            return notMatched(rule, rule.targetKind.clause(), "the rule covers " + describe(rule.targetKind)
                + ", and this request is " + describe(request.action()));
        }
        if (!rule.principalMatches(who)) {
            return notMatched(rule, "principal", request.principal().isAnonymous()
                ? "the caller is anonymous, and only 'principal any' matches anonymous callers"
                : "the caller matches none of: " + names(rule.principals));
        }
        if (rule.targets != null && !intersects(rule.targets, matched)) {
            return notMatched(rule, kind.clause(), request.action().display() + " is not " + targetNames(kind, rule.targets));
        }
        if (rule.usesResult && !request.hasResult()) {
            return new RuleTrace(rule.id, ruleKind, RuleTrace.Status.SKIPPED, null,
                "it reads result.*, and this request carries no result: the before-call decision ignores it");
        }
        Condition[] all = conditions(rule);
        for (int i = 0; i < all.length; i++) {
            String error = all[i].eval(request) == Condition.ERROR ? all[i].error(request) : null;
            if (error != null) {
                return new RuleTrace(rule.id, ruleKind, RuleTrace.Status.ERROR, rule.conditionTexts[i], error + "; "
                    + consequence(rule));
            }
        }
        for (int i = 0; i < all.length; i++) {
            boolean unless = i >= rule.when.length;
            int v = all[i].eval(request);
            if (v != (unless ? Condition.FALSE : Condition.TRUE)) {
                return notMatched(rule, rule.conditionTexts[i], unless ? "it is true" : "it is false");
            }
        }
        return new RuleTrace(rule.id, ruleKind, RuleTrace.Status.MATCHED, null, null);
    }

    private static String consequence(CompiledRule rule) {
        return switch (rule.kind) {
            case PERMIT -> "a permit that cannot be evaluated does not match";
            case INJECT -> "an inject that cannot be evaluated denies the call";
            case MASK -> "a mask that cannot be evaluated applies";
            default -> "a " + rule.kind.keyword() + " that cannot be evaluated counts as matched";
        };
    }

    private static Condition[] conditions(CompiledRule rule) {
        Condition[] all = new Condition[rule.when.length + rule.unless.length];
        System.arraycopy(rule.when, 0, all, 0, rule.when.length);
        System.arraycopy(rule.unless, 0, all, rule.when.length, rule.unless.length);
        return all;
    }

    private static RuleTrace notMatched(CompiledRule rule, String clause, String detail) {
        return new RuleTrace(rule.id, rule.kind.keyword(), RuleTrace.Status.NOT_MATCHED, clause, detail);
    }

    private String names(long[] bits) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < declarations.identities().size(); i++) {
            if ((bits[i >>> 6] & (1L << i)) != 0) {
                names.add(declarations.identities().get(i));
            }
        }
        return String.join(", ", names);
    }

    private String targetNames(TargetKind kind, int[] targets) {
        List<String> names = new ArrayList<>();
        for (int t : targets) {
            names.add(declarations.targetName(kind, t));
        }
        return (names.size() == 1 ? "" : "any of ") + String.join(", ", names);
    }

    private static boolean intersects(int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String describe(TargetKind kind) {
        return switch (kind) {
            case CALL -> "entry-point calls";
            case ENDPOINT -> "HTTP endpoints";
            case DATASOURCE -> "datasources";
        };
    }

    private static String describe(Action action) {
        if (action instanceof EntryPointCall) {
            return "an entry-point call";
        }
        return action instanceof HttpCall ? "an HTTP request" : "SQL on a datasource";
    }
}
