package dev.warden.policy;

/** The outcome of a decision. */
public enum Effect {
    PERMIT,
    DENY
}
