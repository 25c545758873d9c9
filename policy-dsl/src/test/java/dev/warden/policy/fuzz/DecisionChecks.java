package dev.warden.policy.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.policy.Decision;
import dev.warden.policy.Effect;
import dev.warden.policy.Explanation;
import dev.warden.policy.HttpCall;
import dev.warden.policy.EntryPointCall;
import dev.warden.policy.Obligations;
import dev.warden.policy.RuleTrace;
import dev.warden.policy.RuleTrace.Status;
import dev.warden.policy.fuzz.PolicyModel.Kind;
import java.util.List;
import java.util.function.Supplier;

/**
 * What must hold between a decision, the explanation of the same request, the policy and the
 * request as it was built. The explanation traces every rule on its own; the decision must be what
 * those traces add up to under the documented order (forbid, then require_approval, then permit,
 * then the default deny), with exactly the obligations of the rules that applied.
 */
final class DecisionChecks {

    private DecisionChecks() {
    }

    static void assertAgree(PolicyModel model, RequestGenerators.Generated g, Decision d, Explanation e, String revision) {
        Supplier<String> context = () -> "\ndecision: " + d + "\nrequest: " + g + "\n" + e.render();
        assertNotNull(d.effect(), context);
        assertTrue(d.reason() != null && !d.reason().isBlank(), context);
        assertEquals(revision, d.policyRevision(), context);
        assertEquals(d.ruleIds().stream().distinct().sorted().toList(), d.ruleIds(), () -> "rule ids distinct and sorted" + context.get());
        assertEquals(d, e.decision(), () -> "explain decides as decide does" + context.get());
        assertEquals(model.rules().size(), e.rules().size(), () -> "explain traces every rule" + context.get());
        e.rules().forEach(t -> assertEquals(model.rule(t.ruleId()).kind().keyword(), t.kind(), context));
        assertAddsUp(model, g, d, e, context);
        assertMonitorOnly(model, g, d, context);
        assertBuiltMatchesMatch(model, g, e, context);
    }

    private static void assertAddsUp(PolicyModel model, RequestGenerators.Generated g, Decision d, Explanation e,
                                     Supplier<String> context) {
        List<String> forbids = ids(model, e, Kind.FORBID, true);
        List<String> approvals = ids(model, e, Kind.REQUIRE_APPROVAL, true);
        List<String> permits = ids(model, e, Kind.PERMIT, false);
        List<String> injects = ids(model, e, Kind.INJECT, false);
        List<String> failedInjects = e.rules().stream().filter(t -> t.kind().equals("inject") && t.status() == Status.ERROR)
            .map(RuleTrace::ruleId).toList();
        if (!forbids.isEmpty()) {
            assertDenied(d, forbids, "every forbid that applied (or errored)", context);
        } else if (approvals.isEmpty() && permits.isEmpty()) {
            assertDenied(d, List.of(), "the default deny", context);
        } else if (d.effect() == Effect.DENY) {
            assertTrue(d.obligations().isEmpty() && !d.monitorOnly(), context);
            ObligationChecks.assertInjectDenial(model, d, injects, failedInjects, g.action().target(), context);
        } else {
            assertTrue(failedInjects.isEmpty(), () -> "an inject that cannot be evaluated denies the call" + context.get());
            Effect expected = approvals.isEmpty() ? Effect.PERMIT : Effect.APPROVAL_REQUIRED;
            assertEquals(expected + " " + (approvals.isEmpty() ? permits : approvals), d.effect() + " " + d.ruleIds(), context);
            assertFalse(d.monitorOnly(), context);
            ObligationChecks.assertCarried(model, d, ids(model, e, Kind.MASK, true), injects, approvals, context);
        }
    }

    private static void assertDenied(Decision d, List<String> ids, String what, Supplier<String> context) {
        assertEquals("DENY " + ids, d.effect() + " " + d.ruleIds(), () -> what + context.get());
        assertEquals(Obligations.NONE, d.obligations(), () -> "a denial carries no obligation" + context.get());
        assertTrue(ids.isEmpty() || !d.monitorOnly(), () -> "a deny by a rule is enforced" + context.get());
    }

    /** The rules of {@code kind} that matched (and, if {@code errors}, those whose condition errored), by id. */
    private static List<String> ids(PolicyModel model, Explanation e, Kind kind, boolean errors) {
        return e.rules().stream().filter(t -> model.rule(t.ruleId()).kind() == kind)
            .filter(t -> t.status() == Status.MATCHED || (errors && t.status() == Status.ERROR))
            .map(RuleTrace::ruleId).toList();
    }

    /**
     * Monitor-only is for default denies: those of requests whose matched target declarations are
     * all in 'default monitor' files, or that matched none in a set of only such files. Which
     * declarations an HTTP request matches takes the glob matcher to tell; for it, only: never
     * without a 'default monitor' file, always when every file is one.
     */
    private static void assertMonitorOnly(PolicyModel model, RequestGenerators.Generated g, Decision d, Supplier<String> context) {
        boolean defaultDeny = d.effect() == Effect.DENY && d.ruleIds().isEmpty();
        assertTrue(!d.monitorOnly() || defaultDeny, context);
        boolean allMonitor = model.headers().stream().allMatch(PolicyModel.Header::monitor);
        if (model.headers().stream().noneMatch(PolicyModel.Header::monitor)) {
            assertFalse(d.monitorOnly(), () -> "monitor-only without a 'default monitor' file" + context.get());
        }
        if (defaultDeny && allMonitor) {
            assertTrue(d.monitorOnly(), () -> "every file is 'default monitor'" + context.get());
        }
        List<Integer> files = MatchedDeclarations.files(model, g.request().action());
        if (defaultDeny && files != null) {
            boolean expected = files.isEmpty() ? allMonitor : files.stream().allMatch(f -> model.headers().get(f).monitor());
            assertEquals(expected, d.monitorOnly(), () -> "matched declarations in files " + files + context.get());
        }
    }

    /**
     * A caller built to match an identity passes the principal clause of every rule naming it, an
     * anonymous one fails every rule naming identities, an action built to reach a declaration
     * passes the target clause of every rule naming it, and a rule of another target kind never
     * gets further than its target kind.
     */
    private static void assertBuiltMatchesMatch(PolicyModel model, RequestGenerators.Generated g, Explanation e,
                                                Supplier<String> context) {
        PolicyModel.On kind = g.request().action() instanceof EntryPointCall ? PolicyModel.On.CALL
            : g.request().action() instanceof HttpCall ? PolicyModel.On.ENDPOINT : PolicyModel.On.DATASOURCE;
        for (RuleTrace t : e.rules()) {
            PolicyModel.Rule rule = model.rule(t.ruleId());
            Supplier<String> where = () -> t.render() + context.get();
            if (rule.on() != kind) {
                assertEquals(Status.NOT_MATCHED + " " + rule.on().clause(), t.status() + " " + t.clause(), where);
                continue;
            }
            boolean failedPrincipal = t.status() == Status.NOT_MATCHED && "principal".equals(t.clause());
            if (g.caller() == Callers.Kind.ANONYMOUS) {
                assertEquals(!rule.principal().any(), failedPrincipal, where);
            }
            if (g.identity() != null && rule.principal().covers(g.identity())) {
                assertFalse(failedPrincipal, () -> "built to match " + g.identity() + ": " + where.get());
            }
            boolean failedTarget = t.status() == Status.NOT_MATCHED && kind.clause().equals(t.clause());
            if (g.action().target() != null && rule.target().covers(g.action().target())) {
                assertFalse(failedTarget, () -> "built to reach " + g.action().target() + ": " + where.get());
            }
            boolean readsResult = rule.conditions().stream().anyMatch(c -> reads(c.condition(), "result.rows"));
            boolean reached = !failedPrincipal && !failedTarget;
            assertEquals(reached && readsResult && !g.request().hasResult(), t.status() == Status.SKIPPED,
                () -> "skipped exactly when it reads result.* and the request has none: " + where.get());
        }
    }

    private static boolean reads(Cond c, String path) {
        boolean[] found = {false};
        Cond.walk(c, x -> found[0] |= Cond.operands(x).contains(new Cond.Path(path)));
        return found[0];
    }
}
