package dev.warden.bootstrap;

import java.util.concurrent.Callable;

/**
 * The public API an application may compile against. Without the agent attached, every method
 * simply runs the work: code that uses it keeps working when Warden is absent.
 */
public final class Warden {

    private Warden() {
    }

    /**
     * Runs {@code work} as the identity that {@code bearerToken} proves, e.g. a batch job started
     * with its workload token. The token is verified exactly as an inbound one; an unverifiable
     * token is never treated as its subject. Inside an inbound request a guarded call in the work
     * must be permitted for the token's subject and for the request's caller both.
     */
    public static <T> T runAs(String bearerToken, Callable<T> work) throws Exception {
        return WardenHooks.runAs(bearerToken, work);
    }
}
