package dev.warden.agent.session;

/**
 * Handed from the enter hook of a guarded method to its exit hook.
 *
 * @param ownsSession true when the call opened its own session (no inbound request around it)
 */
record EntryScope(Session session, boolean ownsSession) {

    /** Marks a nested guarded call: not checked, only counted so the outer call can be found again. */
    static final EntryScope NESTED = new EntryScope(null, false);

    /** Marks a call to a method the policy in force does not guard: nothing is checked or counted. */
    static final EntryScope UNGUARDED = new EntryScope(null, false);
}
