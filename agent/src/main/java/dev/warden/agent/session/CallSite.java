package dev.warden.agent.session;

import dev.warden.policy.EntryPointCall;

/**
 * One instrumented method, described once ({@link CallSites}): what the policy decides on, and the
 * strings the journal records for every call of it, built here rather than on each call.
 *
 * @param display {@code Class#method}, the decision's target
 * @param sessionSource {@code call Class#method}, the source of a session the call opens itself
 */
record CallSite(EntryPointCall call, String display, String sessionSource) {

    static CallSite of(EntryPointCall call) {
        String display = call.display();
        return new CallSite(call, display, "call " + display);
    }
}
