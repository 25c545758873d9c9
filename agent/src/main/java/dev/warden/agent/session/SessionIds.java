package dev.warden.agent.session;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Session ids: a random per-process prefix and a counter ({@code 3f9a2c1b-000042}). Short enough to
 * type into {@code replay show}, unique across processes writing to one journal with overwhelming
 * probability, and in start order within a process.
 */
final class SessionIds {

    private final String prefix;
    private final AtomicLong counter = new AtomicLong();

    SessionIds() {
        this.prefix = String.format("%08x", new SecureRandom().nextInt());
    }

    String next() {
        return prefix + "-" + String.format("%06d", counter.incrementAndGet());
    }
}
