package dev.warden.policy.check;

import dev.warden.policy.EntryPointPattern;
import dev.warden.policy.syntax.Expr;
import dev.warden.policy.syntax.RuleKind;
import java.util.List;

/**
 * A policy set with every name resolved to an index and every value validated. Only produced when
 * the check found no errors.
 */
public record CheckedPolicy(List<Identity> identities, List<EntryPoint> entryPoints, List<Rule> rules) {

    public CheckedPolicy {
        identities = List.copyOf(identities);
        entryPoints = List.copyOf(entryPoints);
        rules = List.copyOf(rules);
    }

    /** @param audience or null; @param group or null */
    public record Identity(String name, String issuer, String subject, String audience, String group) {
    }

    public record EntryPoint(String name, List<EntryPointPattern> patterns) {
        public EntryPoint {
            patterns = List.copyOf(patterns);
        }
    }

    /**
     * @param principals indexes into identities, or null for {@code any}
     * @param calls indexes into entryPoints, or null for {@code any}
     */
    public record Rule(String name, RuleKind kind, List<Integer> principals, List<Integer> calls,
                       List<Condition> conditions) {
        public Rule {
            principals = principals == null ? null : List.copyOf(principals);
            calls = calls == null ? null : List.copyOf(calls);
            conditions = List.copyOf(conditions);
        }
    }

    /** A {@code when} (negated false) or {@code unless} (negated true) clause. */
    public record Condition(boolean negated, Expr expr) {
    }
}
