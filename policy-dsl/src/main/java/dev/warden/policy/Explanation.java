package dev.warden.policy;

import java.util.List;

/**
 * Why {@link PolicySet#decide} decided what it did: every rule of the set with what it did for the
 * request, and the decision itself (the same one {@code decide} returns).
 *
 * @param rules one trace per rule, sorted by rule id
 */
public record Explanation(List<RuleTrace> rules, Decision decision) {

    public Explanation {
        rules = List.copyOf(rules);
    }

    /** The trace of one rule, or null if the set has no such rule. */
    public RuleTrace rule(String ruleId) {
        return rules.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst().orElse(null);
    }

    /** One line per rule, then the decision: what {@code policy explain} prints. */
    public String render() {
        StringBuilder text = new StringBuilder();
        for (RuleTrace rule : rules) {
            text.append(rule.render()).append('\n');
        }
        text.append("decision: ").append(decision.effect());
        if (!decision.ruleIds().isEmpty()) {
            text.append(" (").append(String.join(", ", decision.ruleIds())).append(')');
        }
        if (decision.monitorOnly()) {
            text.append(" [monitor only]");
        }
        return text.append(": ").append(decision.reason()).toString();
    }
}
