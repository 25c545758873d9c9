package dev.warden.policy.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.policy.Decision;
import dev.warden.policy.Diagnostic;
import dev.warden.policy.Effect;
import dev.warden.policy.Explanation;
import dev.warden.policy.RuleTrace;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the lints claim about decisions, held to it: a permit flagged W001 (a forbid always
 * overrides it) never permits, and an inject denied for sending its credential outside its
 * {@code only_to} was flagged W002.
 *
 * @param overridden the permits W001 names
 * @param outsideOnlyTo the inject rules W002 names
 */
record LintChecks(Set<String> overridden, Set<String> outsideOnlyTo) {
    private static final Pattern RULE = Pattern.compile("^(?:permit|inject) '([^']+)'");

    static LintChecks of(List<Diagnostic> warnings) {
        Set<String> overridden = new HashSet<>();
        Set<String> outside = new HashSet<>();
        for (Diagnostic w : warnings) {
            Matcher rule = RULE.matcher(w.message());
            if (rule.find() && w.code().equals("W001")) {
                overridden.add(rule.group(1));
            } else if (rule.find(0) && w.code().equals("W002")) {
                outside.add(rule.group(1));
            }
        }
        return new LintChecks(overridden, outside);
    }

    void assertKept(Decision d, Explanation e, Supplier<String> context) {
        if (d.effect() == Effect.PERMIT) {
            d.ruleIds().forEach(id -> assertTrue(!overridden.contains(id), () -> "permit '" + id + "' was flagged W001 "
                + "(a forbid always overrides it), yet it permitted" + context.get()));
        }
        if (d.effect() == Effect.DENY && d.ruleIds().size() == 1) {
            RuleTrace t = e.rule(d.ruleIds().get(0));
            boolean outsideOnlyTo = t.kind().equals("inject") && t.status() == RuleTrace.Status.MATCHED;
            assertTrue(!outsideOnlyTo || outsideOnlyTo().contains(t.ruleId()), () -> "inject '" + t.ruleId() + "' was denied "
                + "for its credential's only_to, but not flagged W002" + context.get());
        }
    }
}
