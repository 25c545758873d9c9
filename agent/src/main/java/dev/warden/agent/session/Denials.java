package dev.warden.agent.session;

import dev.warden.bootstrap.ApprovalPendingException;
import dev.warden.bootstrap.WardenDeniedException;
import dev.warden.policy.Decision;
import dev.warden.policy.EntryPointCall;

/** Builds the exceptions Warden throws into the application. Codes are stable (docs/configuration.md). */
final class Denials {

    static final String BY_RULE = "WARDEN-DENY-RULE";
    static final String BY_DEFAULT = "WARDEN-DENY-DEFAULT";
    static final String NO_POLICY = "WARDEN-DENY-NO-POLICY";
    static final String IDENTITY = "WARDEN-DENY-IDENTITY";
    static final String INTERNAL = "WARDEN-DENY-ERROR";
    static final String OBLIGATION = "WARDEN-DENY-OBLIGATION";

    private Denials() {
    }

    static WardenDeniedException of(Decision decision, boolean policyLoaded, Session session, EntryPointCall call) {
        String rule = decision.ruleIds().isEmpty() ? null : decision.ruleIds().get(0);
        String code = rule != null ? BY_RULE : policyLoaded ? BY_DEFAULT : NO_POLICY;
        String because = rule != null ? "rule '" + rule + "'" : decision.reason();
        return new WardenDeniedException(code, rule, session.id(), "Warden denied " + call.display() + " for "
            + session.identity().displayName() + ": " + because + " (" + code + ", session " + session.id() + ")");
    }

    /**
     * A permit whose obligations (masks, injections) this entry point cannot carry out yet: a denial,
     * never a silent permit without them.
     *
     * @param refusal the denial {@link EntryPointObligations#enforceable} made of the permit, as journaled
     */
    static WardenDeniedException obligations(Decision refusal, Session session, EntryPointCall call) {
        String rule = refusal.ruleIds().get(0);
        return new WardenDeniedException(OBLIGATION, rule, session.id(), "Warden denied " + call.display() + " for "
            + session.identity().displayName() + ": " + refusal.reason() + " (" + OBLIGATION + ", session " + session.id() + ")");
    }

    /** No approval service yet: a call that needs approval fails fast, naming the rule and its approvers. */
    static ApprovalPendingException approvalPending(Decision decision, Session session, EntryPointCall call) {
        String rule = decision.ruleIds().get(0);
        String approvers = decision.obligations().approvals().isEmpty() ? "?"
            : decision.obligations().approvals().get(0).approvers();
        return new ApprovalPendingException(session.id(), rule, "Warden requires approval by '" + approvers + "' for "
            + call.display() + " (rule '" + rule + "'); no approval service is configured, so the call is refused "
            + "(session " + session.id() + ")");
    }

    static WardenDeniedException internal(String sessionId, String target) {
        return new WardenDeniedException(INTERNAL, null, sessionId, "Warden denied " + target
            + ": Warden could not check or record this call and fails closed (" + INTERNAL + ")");
    }

    static WardenDeniedException identity(CallerIdentity identity) {
        return new WardenDeniedException(IDENTITY, null, null,
            "Warden refused the token: " + identity.detail() + " (" + IDENTITY + ")");
    }
}
