package dev.warden.bootstrap;

/**
 * Thrown when policy requires a human's approval for a call and the caller chose not to wait.
 * {@link #requestId()} names the pending approval so it can be granted and the call retried.
 */
public class ApprovalPendingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String requestId;
    private final String ruleId;

    public ApprovalPendingException(String requestId, String ruleId, String message) {
        super(message);
        this.requestId = requestId;
        this.ruleId = ruleId;
    }

    public String requestId() {
        return requestId;
    }

    public String ruleId() {
        return ruleId;
    }
}
