package dev.warden.policy;

import java.util.List;
import java.util.Map;

/**
 * A compiled, immutable policy snapshot. {@link #decide} is a pure function of this snapshot and
 * the request.
 */
public interface PolicySet {

    /** The decision for {@code request}: a pure function of this snapshot and the request. */
    Decision decide(Request request);

    /**
     * For every rule: matched, not matched (and the first clause that failed), error (and why) or
     * skipped; then the decision, which is exactly what {@link #decide} returns. Off the hot path.
     */
    Explanation explain(Request request);

    /** A stable hash of the sources this set was compiled from (recorded with every decision). */
    String revision();

    /** Every method named by an {@code entrypoint} declaration, for the agent to instrument. */
    List<EntryPointPattern> entryPoints();

    /** Every rule of the set with where it is declared, sorted by id (what test coverage counts). */
    List<RuleDeclaration> rules();

    /**
     * Every declared credential by name, in name order, with where its secret is read from: what the
     * agent checks it can read when the set loads. The secret itself is never part of a policy.
     */
    Map<String, CredentialSource> credentials();

    /**
     * Whether this is a {@link #denyAll} set, standing in for a policy that is not there (none
     * configured, or it failed to load). A compiled policy never is, even one that denies everything.
     */
    default boolean standsIn() {
        return false;
    }

    /** A set that denies everything with {@code reason}: what enforce mode runs when no policy loads. */
    static PolicySet denyAll(String reason) {
        return new DenyAllPolicySet(reason, List.of());
    }

    /**
     * A set that denies everything with {@code reason} and names {@code entryPoints} as its own: a
     * policy that failed to load still has its entry points guarded (and denied) rather than unguarded.
     */
    static PolicySet denyAll(String reason, List<EntryPointPattern> entryPoints) {
        return new DenyAllPolicySet(reason, entryPoints);
    }
}
