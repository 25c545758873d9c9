package dev.warden.agent.session;

import dev.warden.agent.identity.TokenVerifier;
import dev.warden.agent.journal.Journal;
import dev.warden.agent.policy.GuardedMethods;
import dev.warden.agent.policy.PolicyHolder;
import dev.warden.bootstrap.ApprovalPendingException;
import dev.warden.bootstrap.Dispatcher;
import dev.warden.bootstrap.WardenDeniedException;
import dev.warden.policy.Decision;
import dev.warden.policy.Effect;
import dev.warden.policy.EntryPointCall;
import dev.warden.policy.PolicySet;
import dev.warden.policy.Request;
import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * The agent's side of every hook: binds sessions to inbound requests, decides guarded calls, and
 * records each step in the journal before the call may proceed. Nothing escapes a hook but a
 * deliberate {@link WardenDeniedException}; internal failures go to the {@link FailureHandler}.
 */
public final class SessionDispatcher implements Dispatcher {

    static final int UNAUTHORIZED = 401;
    static final int UNAVAILABLE = 503;

    private final PolicyHolder policy;
    private final IdentityResolver identities;
    private final SessionRecorder recorder;
    private final FailureHandler failures;
    private final boolean enforce;
    private final CallSites sites = new CallSites();
    private final SessionIds ids = new SessionIds();

    public SessionDispatcher(PolicyHolder policy, TokenVerifier verifier, Journal journal, boolean enforce) {
        this.policy = policy;
        this.identities = new IdentityResolver(verifier);
        this.recorder = new SessionRecorder(journal, enforce ? "enforce" : "monitor");
        this.failures = new FailureHandler(enforce);
        this.enforce = enforce;
    }

    @Override
    public int enterInbound(String method, String path, String authorization) {
        ThreadState state = ThreadState.CURRENT.get();
        if (state.inbound != null) {
            state.inboundDepth++;
            return 0;
        }
        Session session = null;
        try {
            String source = "http " + method + " " + path;
            session = new Session(ids.next(), System.nanoTime(), identities.fromAuthorizationHeader(authorization));
            recorder.started(session, source);
            if (session.identity().rejected()) {
                recorder.identityRejected(session, source);
                if (enforce) {
                    session.markRejected();
                    recorder.ended(session, null);
                    return UNAUTHORIZED;
                }
            }
        } catch (Throwable t) {
            if (failures.onInternalError("inbound request", t)) {
                return UNAVAILABLE;
            }
        }
        state.inbound = session;
        state.inboundDepth = session == null ? 0 : 1;
        return 0;
    }

    @Override
    public void exitInbound(Throwable thrown) {
        ThreadState state = ThreadState.CURRENT.get();
        if (state.inbound == null || --state.inboundDepth > 0) {
            return;
        }
        Session session = state.inbound;
        state.inbound = null;
        try {
            if (thrown != null) {
                session.markError();
            }
            recorder.ended(session, thrown);
        } catch (Throwable t) {
            failures.onInternalError("inbound request end", t);
        }
    }

    @Override
    public Object enterEntryPoint(Class<?> declaringType, String methodSignature, Object[] arguments) {
        ThreadState state = ThreadState.CURRENT.get();
        if (state.entryDepth > 0) {
            state.entryDepth++;
            return EntryScope.NESTED;
        }
        Session session = state.inbound;
        boolean ownsSession = session == null;
        try {
            CallSite site = sites.resolve(declaringType, methodSignature);
            EntryPointCall call = site.call();
            // One snapshot per decision, even while a reload swaps in another.
            PolicySet snapshot = policy.current();
            if (!GuardedMethods.guards(snapshot, call)) {
                return EntryScope.UNGUARDED; // advice left by an earlier snapshot: not guarded now
            }
            if (ownsSession) {
                session = new Session(ids.next(), System.nanoTime(), state.runAs != null ? state.runAs : CallerIdentity.ANONYMOUS);
                recorder.started(session, site.sessionSource());
            }
            Decision decision = snapshot.decide(
                new Request(session.identity().principal(), call, ArgumentFacts.of(arguments), Instant.now()));
            recorder.decided(session, site.display(), decision);
            if (enforce) {
                enforce(decision, snapshot, session, ownsSession, call);
            }
        } catch (WardenDeniedException | ApprovalPendingException refused) {
            throw refused;
        } catch (Throwable t) {
            if (failures.onInternalError("guarded call", t)) {
                throw Denials.internal(session == null ? null : session.id(),
                    CallSites.readable(declaringType, methodSignature));
            }
        }
        state.entryDepth = 1;
        return new EntryScope(session, ownsSession);
    }

    /**
     * Throws when the decision refuses the call: a deny (unless monitor-only), a required approval
     * (no approval service yet: fail fast), or obligations this entry point cannot carry out yet.
     */
    private void enforce(Decision decision, PolicySet snapshot, Session session, boolean ownsSession, EntryPointCall call) {
        if (decision.effect() == Effect.APPROVAL_REQUIRED) {
            throw refuse(session, ownsSession, Denials.approvalPending(decision, session, call));
        }
        if (decision.permitted() && !decision.obligations().isEmpty()) {
            throw refuse(session, ownsSession, Denials.obligations(decision, session, call));
        }
        if (!decision.permitted() && !decision.monitorOnly()) {
            throw refuse(session, ownsSession, Denials.of(decision, policy.loaded(snapshot), session, call));
        }
    }

    private RuntimeException refuse(Session session, boolean ownsSession, RuntimeException refusal) {
        session.markDenied();
        if (ownsSession) {
            recorder.ended(session, refusal);
        }
        return refusal;
    }

    @Override
    public void exitEntryPoint(Object scope, Throwable thrown) {
        ThreadState state = ThreadState.CURRENT.get();
        EntryScope entry = (EntryScope) scope;
        if (entry == EntryScope.UNGUARDED) {
            return;
        }
        if (entry == EntryScope.NESTED) {
            state.entryDepth--;
            return;
        }
        state.entryDepth = 0;
        Session session = entry.session();
        if (session == null) {
            return;
        }
        try {
            if (thrown != null) {
                session.markError();
            }
            if (entry.ownsSession()) {
                recorder.ended(session, thrown);
            }
        } catch (Throwable t) {
            failures.onInternalError("guarded call end", t);
        }
    }

    @Override
    public <T> T runAs(String bearerToken, Callable<T> work) throws Exception {
        ThreadState state = ThreadState.CURRENT.get();
        CallerIdentity identity = runAsIdentity(bearerToken);
        CallerIdentity previous = state.runAs;
        state.runAs = identity;
        try {
            return work.call();
        } finally {
            state.runAs = previous;
        }
    }

    private CallerIdentity runAsIdentity(String bearerToken) {
        CallerIdentity identity;
        try {
            identity = identities.fromToken(bearerToken);
            if (identity.rejected()) {
                Session session = new Session(ids.next(), System.nanoTime(), identity);
                recorder.started(session, "runAs");
                recorder.identityRejected(session, "runAs");
                session.markRejected();
                recorder.ended(session, null);
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
}
