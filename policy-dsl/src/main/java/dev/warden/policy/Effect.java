package dev.warden.policy;

/** The outcome of a decision. Precedence when rules disagree: DENY (forbid) over APPROVAL_REQUIRED over PERMIT. */
public enum Effect {
    PERMIT,
    DENY,
    /** A {@code require_approval} rule applies: the call may run once a listed approver agrees. */
    APPROVAL_REQUIRED
}
