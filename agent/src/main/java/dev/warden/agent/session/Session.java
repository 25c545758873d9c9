package dev.warden.agent.session;

/**
 * One journal session: an inbound request, or a guarded call made outside of one. Confined to the
 * thread that runs it; only {@link #outcome} changes after it opens.
 */
final class Session {

    private final String id;
    private final long startNanos;
    private final CallerIdentity identity;
    private String outcome = "ok";

    Session(String id, long startNanos, CallerIdentity identity) {
        this.id = id;
        this.startNanos = startNanos;
        this.identity = identity;
    }

    String id() {
        return id;
    }

    long startNanos() {
        return startNanos;
    }

    CallerIdentity identity() {
        return identity;
    }

    String outcome() {
        return outcome;
    }

    void markDenied() {
        outcome = "denied";
    }

    void markRejected() {
        outcome = "rejected";
    }

    void markError() {
        if (!"denied".equals(outcome)) {
            outcome = "error";
        }
    }
}
