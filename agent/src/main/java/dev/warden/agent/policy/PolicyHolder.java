package dev.warden.agent.policy;

import dev.warden.policy.PolicySet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The policy snapshot in force. Swapped atomically as a whole, so every decision sees one
 * consistent set; a set that failed to load is never installed over a good one. Readers take
 * {@link #current()} once per decision and ask everything else of that snapshot.
 */
public final class PolicyHolder {

    private final AtomicReference<PolicySet> current;

    public PolicyHolder(PolicySet initial) {
        this.current = new AtomicReference<>(initial);
    }

    public PolicySet current() {
        return current.get();
    }

    /** False while no valid policy is in force and a deny-all set stands in. */
    public boolean loaded() {
        return loaded(current());
    }

    /** Whether {@code snapshot} (taken from {@link #current()}) is a loaded policy, not a deny-all stand-in. */
    public boolean loaded(PolicySet snapshot) {
        return !snapshot.standsIn();
    }

    /**
     * Puts {@code next} in force if {@code expected} still is.
     *
     * @return false when another swap came first (nothing changed)
     */
    public boolean replace(PolicySet expected, PolicySet next) {
        return current.compareAndSet(expected, next);
    }
}
