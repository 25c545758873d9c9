package dev.warden.agent.policy;

import dev.warden.agent.log.WardenLog;
import dev.warden.policy.CheckResult;
import dev.warden.policy.Diagnostic;
import dev.warden.policy.EntryPointPattern;
import dev.warden.policy.PolicyException;
import dev.warden.policy.PolicyLoader;
import dev.warden.policy.PolicySet;
import java.nio.file.Path;
import java.util.List;

/** Reads the policy at start. A policy that does not load is never half-enforced. */
public final class PolicyLoading {

    /** The reason every call is denied while a deny-all set stands in for a policy that did not load. */
    static final String FAILED_TO_LOAD = "policy failed to load";

    private PolicyLoading() {
    }

    /** What happens while no valid policy is in force, for the log. */
    static String consequence(boolean enforce) {
        return enforce ? "every guarded call is DENIED until a valid policy is provided (mode=enforce)"
                       : "guarded calls run and are recorded as denied (mode=monitor)";
    }

    /** Lints never stop a set from loading, but whoever deploys it should see them. */
    static void logWarnings(CheckResult result) {
        List<Diagnostic> warnings = result.warnings();
        if (!warnings.isEmpty()) {
            StringBuilder text = new StringBuilder("policy " + result.revision() + " has " + warnings.size() + " warning(s):");
            warnings.forEach(w -> text.append('\n').append(w.render()));
            WardenLog.warn(text.toString());
        }
    }

    /**
     * What enforcement runs when the Warden configuration itself is invalid: every guarded call is
     * denied, whatever the policy says, and the methods the policy files name are still guarded (so
     * they are denied, not left to run unchecked and unrecorded).
     */
    public static PolicyHolder denyingAll(List<Path> paths, String reason) {
        List<EntryPointPattern> entryPoints = List.of();
        if (!paths.isEmpty()) {
            try {
                entryPoints = PolicyLoader.check(paths).declaredEntryPoints();
            } catch (RuntimeException e) {
                WardenLog.warn("could not read the entry points of the policy: " + e);
            }
        }
        WardenLog.error(reason + ": every guarded call is DENIED (mode=enforce) until Warden is restarted with a "
            + "valid configuration; guarding " + describe(entryPoints));
        return new PolicyHolder(PolicySet.denyAll(reason, entryPoints));
    }

    /** Which methods stay guarded while a rejected policy stands in, so nobody assumes more or less. */
    private static String guarding(CheckResult rejected) {
        return "; guarding " + describe(rejected.declaredEntryPoints());
    }

    private static String describe(List<EntryPointPattern> declared) {
        return (declared.isEmpty() ? "only the built-in entry points (no entrypoint declaration of the policy could be read)"
            : "the built-in entry points and the " + declared.size() + " method pattern(s) named by the entrypoint declarations that could be read");
    }

    public static PolicyHolder atStart(List<Path> paths, boolean enforce) {
        String consequence = consequence(enforce);
        if (paths.isEmpty()) {
            WardenLog.error("no policy configured (set policy=<file or dir>): " + consequence);
            return new PolicyHolder(PolicySet.denyAll("no policy configured"));
        }
        try {
            CheckResult result = PolicyLoader.check(paths);
            if (!result.ok()) {
                WardenLog.error("policy rejected, " + result.errors().size() + " error(s); " + consequence
                    + guarding(result) + "\n" + new PolicyException(result.errors()).getMessage());
                return new PolicyHolder(PolicySet.denyAll(FAILED_TO_LOAD, result.declaredEntryPoints()));
            }
            logWarnings(result);
            return new PolicyHolder(result.policySet());
        } catch (RuntimeException e) {
            WardenLog.error("policy could not be read: " + e + "; " + consequence);
            return new PolicyHolder(PolicySet.denyAll(FAILED_TO_LOAD));
        }
    }
}
