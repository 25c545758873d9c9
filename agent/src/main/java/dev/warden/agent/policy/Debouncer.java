package dev.warden.agent.policy;

import java.time.Duration;

/**
 * Waits for a quiet period: every change pushes the deadline back, and the work is due once no change
 * has come for the whole period. Editors and ConfigMap updates change several entries in a burst;
 * this makes the burst one reload of its final state. Times are {@link System#nanoTime()} values,
 * passed in so the logic is tested without a clock. Confined to one thread.
 */
final class Debouncer {

    private final long quietNanos;
    private boolean pending;
    private long dueAt;

    Debouncer(Duration quiet) {
        this.quietNanos = quiet.toNanos();
    }

    /** A change happened at {@code now}. */
    void changed(long now) {
        pending = true;
        dueAt = now + quietNanos;
    }

    /** True once, when a change is pending and the quiet period has passed; the change is then taken. */
    boolean take(long now) {
        if (pending && now - dueAt >= 0) {
            pending = false;
            return true;
        }
        return false;
    }

    /** How long to wait for the next event: until the deadline if a change is pending, else {@code idle}. */
    long waitMillis(long now, long idleMillis) {
        if (!pending) {
            return idleMillis;
        }
        long remaining = dueAt - now;
        return remaining <= 0 ? 0 : Math.min(idleMillis, Math.max(1, (remaining + 999_999) / 1_000_000));
    }

    boolean pending() {
        return pending;
    }
}
