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
import java.util.Map;
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
    private final RunAs runAs;

    public SessionDispatcher(PolicyHolder policy, TokenVerifier verifier, Journal journal, boolean enforce) {
        this.policy = policy;
        this.identities = new IdentityResolver(verifier);
        this.recorder = new SessionRecorder(journal, enforce ? "enforce" : "monitor");
        this.failures = new FailureHandler(enforce);
        this.enforce = enforce;
        this.runAs = new RunAs(identities, ids, recorder, failures, enforce);
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
            if (recorder.opened(session, source, enforce)) {
                return UNAUTHORIZED;
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
            // One snapshot per decision, even while a reload swaps in another.
            PolicySet snapshot = policy.current();
            if (!GuardedMethods.guards(snapshot, site.call())) {
                return EntryScope.UNGUARDED; // advice left by an earlier snapshot: not guarded now
            }
            if (ownsSession) {
                session = new Session(ids.next(), System.nanoTime(), state.runAs != null ? state.runAs : CallerIdentity.ANONYMOUS);
                recorder.started(session, site.sessionSource());
            }
            Map<String, Object> facts = ArgumentFacts.of(arguments);
            decide(snapshot, session, ownsSession, site, facts);
            if (!ownsSession && state.runAsSession != null) {
                // Warden.runAs inside a request: the request's caller (above) AND the runAs identity
                // must both be permitted; see RunAs#within.
                session = state.runAsSession;
                decide(snapshot, session, false, site, facts);
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

    /** Decides the call for the identity of {@code session}, journals the decision, then enforces it. */
    private void decide(PolicySet snapshot, Session session, boolean ownsSession, CallSite site, Map<String, Object> facts) {
        Decision decided = snapshot.decide(new Request(session.identity().principal(), site.call(), facts, Instant.now()));
        Decision decision = EntryPointObligations.enforceable(decided);
        recorder.decided(session, site.display(), decision);
        if (enforce) {
            enforce(decision, decision != decided, snapshot, session, ownsSession, site.call());
        }
    }

    /**
     * Throws when the decision refuses the call: a deny (unless monitor-only), a required approval
     * (no approval service yet: fail fast), or obligations this entry point cannot carry out yet.
     *
     * @param obligationUnmet the deny is {@link EntryPointObligations}' refusal of a permit
     */
    private void enforce(Decision decision, boolean obligationUnmet, PolicySet snapshot, Session session,
                         boolean ownsSession, EntryPointCall call) {
        if (decision.effect() == Effect.APPROVAL_REQUIRED) {
            throw refuse(session, ownsSession, Denials.approvalPending(decision, session, call));
        }
        if (decision.permitted() || decision.monitorOnly()) {
            return;
        }
        throw refuse(session, ownsSession, obligationUnmet ? Denials.obligations(decision, session, call)
            : Denials.of(decision, policy.loaded(snapshot), session, call));
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
        return runAs.run(bearerToken, work);
    }
}
