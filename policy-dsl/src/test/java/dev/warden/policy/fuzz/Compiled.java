package dev.warden.policy.fuzz;

import dev.warden.policy.Decision;
import dev.warden.policy.Explanation;
import dev.warden.policy.PolicySet;
import dev.warden.policy.Request;
import java.util.Map;

/** Compiling a generated set that must compile, and deciding with failures that show the request. */
final class Compiled {

    private Compiled() {
    }

    /** The compiled set; a test failure with every error and the sources if it has any. */
    static PolicySet of(Map<String, String> sources) {
        BoundedParse.Outcome outcome = BoundedParse.parse(sources);
        if (!outcome.compiled()) {
            throw new AssertionError("a valid generated policy did not compile:\n" + outcome.error().getMessage()
                + Inputs.describe(outcome.sources()));
        }
        return outcome.policy();
    }

    static Decision decide(PolicySet policy, Request request) {
        try {
            return policy.decide(request);
        } catch (RuntimeException | Error e) {
            throw new AssertionError("decide threw " + e + " for " + request, e);
        }
    }

    static Explanation explain(PolicySet policy, Request request) {
        try {
            return policy.explain(request);
        } catch (RuntimeException | Error e) {
            throw new AssertionError("explain threw " + e + " for " + request, e);
        }
    }

    /** The decision with its revision blanked out: sets whose texts differ may decide alike. */
    static Decision withoutRevision(Decision d) {
        return new Decision(d.effect(), d.ruleIds(), d.reason(), "-", d.obligations(), d.monitorOnly());
    }
}
