package dev.warden.agent.policy;

import dev.warden.policy.PolicySet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The policy snapshot in force. Swapped atomically as a whole, so every decision sees one
 * consistent set; a set that failed to load is never installed over a good one.
 */
public final class PolicyHolder {

    private final AtomicReference<PolicySet> current;
    private final boolean loaded;

    public PolicyHolder(PolicySet initial, boolean loaded) {
        this.current = new AtomicReference<>(initial);
        this.loaded = loaded;
    }

    public PolicySet current() {
        return current.get();
    }

    /** False when no valid policy could be read at start and a deny-all set stands in. */
    public boolean loaded() {
        return loaded;
    }
}
