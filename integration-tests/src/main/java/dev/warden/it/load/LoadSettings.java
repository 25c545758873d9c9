package dev.warden.it.load;

import java.time.Duration;

/**
 * How hard and how long the load driver pushes.
 *
 * @param clients concurrent clients, each with at most one request in flight
 * @param warmup time spent sending before anything is recorded (JIT, connection set-up)
 * @param duration the measured window; no request starts after it ends
 * @param maxRequests at most this many requests are measured (the window ends early when reached)
 * @param chunkSize the {@code size} of {@code POST /chunk}
 * @param chunkOverlap the {@code overlap} of {@code POST /chunk}
 */
public record LoadSettings(int clients, Duration warmup, Duration duration, int maxRequests, int chunkSize, int chunkOverlap) {

    public static final int MAX_CLIENTS = 256;

    public LoadSettings {
        if (clients < 1 || clients > MAX_CLIENTS) {
            throw new IllegalArgumentException("clients must be 1.." + MAX_CLIENTS + ", got " + clients);
        }
        if (warmup.isNegative() || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("warmup must be >= 0 and duration > 0, got " + warmup + " and " + duration);
        }
        if (maxRequests < 1) {
            throw new IllegalArgumentException("maxRequests must be >= 1, got " + maxRequests);
        }
        if (chunkSize < 1 || chunkOverlap < 0 || chunkOverlap >= chunkSize) {
            throw new IllegalArgumentException("need chunkSize >= 1 and 0 <= chunkOverlap < chunkSize, got "
                + chunkSize + " and " + chunkOverlap);
        }
    }
}
