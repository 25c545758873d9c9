package dev.warden.policy.fuzz;

import dev.warden.policy.Decision;
import dev.warden.policy.Effect;
import dev.warden.policy.Explanation;
import dev.warden.policy.RuleTrace;
import java.util.List;
import net.jqwik.api.statistics.Statistics;

/**
 * What the generated requests reached, as jqwik statistics, and the outcomes a run must reach for
 * its checks to mean anything: each effect for each kind of action, each kind of obligation, a
 * denial by an inject rule, a monitor-only deny, rules skipped or in error, and rules a lint
 * flagged that matched a request. A generator change
 * that stops reaching one of them fails the property instead of quietly testing less.
 */
final class Reached {
    /** Below the build's number of tries a rare outcome may be missed by chance: coverage is not required then. */
    private static final int TRIES_FOR_COVERAGE = 200;

    private static final List<String> ACTIONS = List.of("EntryPointCall", "HttpCall", "SqlCall");
    private static final List<String> OUTCOMES = List.of("PERMIT", "APPROVAL_REQUIRED", "DENY by rule", "default DENY");
    private static final List<String> OBLIGATIONS = List.of("mask", "mask in error", "injection", "approval", "denied by inject",
        "monitor-only");

    private Reached() {
    }

    static void record(PolicyModel model, RequestGenerators.Generated g, Decision d, Explanation e, LintChecks lints) {
        String action = g.request().action().getClass().getSimpleName();
        String outcome = d.effect() != Effect.DENY ? d.effect().name() : d.ruleIds().isEmpty() ? "default DENY" : "DENY by rule";
        Statistics.label("outcome").collect(action, outcome);
        if (!d.obligations().masks().isEmpty()) {
            Statistics.label("obligation").collect("mask");
        }
        if (d.obligations().masks().stream().anyMatch(m -> e.rule(m.ruleId()).status() == RuleTrace.Status.ERROR)) {
            Statistics.label("obligation").collect("mask in error");
        }
        if (!d.obligations().injections().isEmpty()) {
            Statistics.label("obligation").collect("injection");
        }
        if (!d.obligations().approvals().isEmpty()) {
            Statistics.label("obligation").collect("approval");
        }
        if (!d.ruleIds().isEmpty() && d.effect() == Effect.DENY && model.rule(d.ruleIds().get(0)).kind() == PolicyModel.Kind.INJECT) {
            Statistics.label("obligation").collect("denied by inject");
        }
        if (d.monitorOnly()) {
            Statistics.label("obligation").collect("monitor-only");
        }
        e.rules().forEach(t -> Statistics.label("trace").collect(t.status()));
        e.rules().stream().filter(t -> t.status() == RuleTrace.Status.MATCHED)
            .filter(t -> lints.overridden().contains(t.ruleId()) || lints.outsideOnlyTo().contains(t.ruleId()))
            .forEach(t -> Statistics.label("lint").collect(t.kind() + " flagged and matched"));
    }

    /** Called in the property: jqwik checks coverage once all tries have run. */
    static void requireCoverage() {
        Integer tries = Integer.getInteger("warden.fuzz.tries");
        if (tries != null && tries < TRIES_FOR_COVERAGE) {
            return;
        }
        Statistics.label("outcome").coverage(c -> ACTIONS.forEach(a -> OUTCOMES.forEach(o -> c.check(a, o).count(n -> n > 0))));
        Statistics.label("obligation").coverage(c -> OBLIGATIONS.forEach(o -> c.check(o).count(n -> n > 0)));
        Statistics.label("trace").coverage(c -> List.of(RuleTrace.Status.values()).forEach(s -> c.check(s).count(n -> n > 0)));
        Statistics.label("lint").coverage(c -> List.of("permit", "inject").forEach(k -> c.check(k + " flagged and matched")
            .count(n -> n > 0)));
    }
}
