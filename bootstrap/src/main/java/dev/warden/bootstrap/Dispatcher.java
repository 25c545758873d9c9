package dev.warden.bootstrap;

import java.util.concurrent.Callable;

/**
 * What the agent does when instrumented code reaches a hook. Implemented by the agent in its own
 * isolated class loader; this interface is the only contract between the two worlds.
 *
 * <p>Implementations never throw from a hook, except {@link WardenDeniedException} (and
 * {@link ApprovalPendingException}) when policy says so: an internal failure becomes the
 * configured on-error behaviour, never a crash of the host.
 */
public interface Dispatcher {

    /**
     * A guarded entry-point method is about to run.
     *
     * @return a scope to hand back to {@link #exitEntryPoint}, or {@code null} when this call is
     *     nested inside another guarded call and is not checked again
     */
    Object enterEntryPoint(Class<?> declaringType, String methodSignature, Object[] arguments);

    void exitEntryPoint(Object scope, Throwable thrown);

    /**
     * An inbound HTTP request reached a handler. {@code authorization} is its Authorization header,
     * null without one; a request with several has them joined with {@code '\n'} (which no header
     * value holds), so that the ambiguity is refused rather than the first one silently trusted.
     *
     * @return 0 to run the handler, or an HTTP status (401) to answer with instead of running it
     */
    int enterInbound(String method, String path, String authorization);

    void exitInbound(Throwable thrown);

    /** Runs work as the identity the token proves (see {@link Warden#runAs}). */
    <T> T runAs(String bearerToken, Callable<T> work) throws Exception;
}
