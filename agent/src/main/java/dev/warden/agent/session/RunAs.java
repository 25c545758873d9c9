package dev.warden.agent.session;

import java.util.concurrent.Callable;

/**
 * {@code Warden.runAs(token, work)}: verifies the token as an inbound one and runs the work as its
 * subject. Outside a request the identity is set for the guarded calls that open their own sessions;
 * inside one the work gets a session of its own. A token that does not verify is journaled as
 * rejected and, in enforce mode, the work never runs.
 */
final class RunAs {

    private final IdentityResolver identities;
    private final SessionIds ids;
    private final SessionRecorder recorder;
    private final FailureHandler failures;
    private final boolean enforce;

    RunAs(IdentityResolver identities, SessionIds ids, SessionRecorder recorder, FailureHandler failures, boolean enforce) {
        this.identities = identities;
        this.ids = ids;
        this.recorder = recorder;
        this.failures = failures;
        this.enforce = enforce;
    }

    <T> T run(String bearerToken, Callable<T> work) throws Exception {
        ThreadState state = ThreadState.CURRENT.get();
        return state.inbound == null ? alone(state, bearerToken, work) : within(state, state.inbound, bearerToken, work);
    }

    /** No request on this thread (a batch job): each outermost guarded call opens its own session as the token's subject. */
    private <T> T alone(ThreadState state, String bearerToken, Callable<T> work) throws Exception {
        CallerIdentity identity = aloneIdentity(bearerToken);
        CallerIdentity previous = state.runAs;
        state.runAs = identity;
        try {
            return work.call();
        } finally {
            state.runAs = previous;
        }
    }

    private CallerIdentity aloneIdentity(String bearerToken) {
        CallerIdentity identity;
        try {
            identity = identities.fromToken(bearerToken);
            if (identity.rejected()) {
                // the only session a runAs outside a request opens: the record of its refusal
                recorder.opened(new Session(ids.next(), System.nanoTime(), identity), "runAs", true);
            }
        } catch (Throwable t) {
            if (failures.onInternalError("Warden.runAs", t)) {
                throw Denials.internal(null, "Warden.runAs");
            }
            return CallerIdentity.ANONYMOUS;
        }
        if (identity.rejected() && enforce) {
            throw Denials.identity(identity);
        }
        return identity;
    }

    /**
     * Inside a request, the work runs in a session of its own ({@code runAs in <request session>}),
     * so each decision is journaled in the session of the identity it was made for. A guarded call
     * in it must be permitted for the token's subject AND for the request's caller: otherwise any
     * caller could reach what it may not by making the service present another identity's token
     * (one the service holds, or one the caller sent along). So a runAs narrows what a request may
     * do and never widens it. Work that is the service's own, not the caller's, belongs on a thread
     * that serves no request.
     * {@link SessionDispatcher#enterEntryPoint} makes the two decisions.
     */
    private <T> T within(ThreadState state, Session request, String bearerToken, Callable<T> work) throws Exception {
        Session session = open(request, bearerToken);
        Session previous = state.runAsSession;
        state.runAsSession = session;
        Throwable thrown = null;
        try {
            return work.call();
        } catch (Throwable t) {
            thrown = t;
            session.markError();
            throw t;
        } finally {
            state.runAsSession = previous;
            try {
                recorder.ended(session, thrown);
            } catch (Throwable t) {
                failures.onInternalError("Warden.runAs end", t);
            }
        }
    }

    private Session open(Session request, String bearerToken) {
        String source = "runAs in " + request.id();
        Session session = null;
        try {
            session = new Session(ids.next(), System.nanoTime(), identities.fromToken(bearerToken));
            recorder.opened(session, source, enforce);
        } catch (Throwable t) {
            if (failures.onInternalError("Warden.runAs", t)) {
                throw Denials.internal(session == null ? null : session.id(), "Warden.runAs");
            }
            return session != null ? session : new Session(ids.next(), System.nanoTime(), CallerIdentity.ANONYMOUS);
        }
        if (session.identity().rejected() && enforce) {
            throw Denials.identity(session.identity());
        }
        return session;
    }
}
