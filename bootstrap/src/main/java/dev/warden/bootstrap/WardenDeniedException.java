package dev.warden.bootstrap;

/**
 * Thrown into the application when Warden's policy denies a guarded call. The guarded method's
 * body does not run. Programs read {@link #code()} (stable) and {@link #ruleId()}; people read the
 * message.
 */
public class WardenDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String ruleId;
    private final String sessionId;

    public WardenDeniedException(String code, String ruleId, String sessionId, String message) {
        super(message);
        this.code = code;
        this.ruleId = ruleId;
        this.sessionId = sessionId;
    }

    /** Stable machine-readable reason, e.g. {@code WARDEN-DENY-RULE}; see docs/configuration.md. */
    public String code() {
        return code;
    }

    /** The policy rule that denied the call, or {@code null} when no rule matched (default deny). */
    public String ruleId() {
        return ruleId;
    }

    /** The journal session this denial was recorded in. */
    public String sessionId() {
        return sessionId;
    }
}
