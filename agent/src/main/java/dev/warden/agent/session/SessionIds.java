package dev.warden.agent.session;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Session ids: a random per-process prefix and a counter of at least six digits
 * ({@code 3f9a2c1b-000042}). Short enough to type into {@code replay show}, unique across processes
 * writing to one journal with overwhelming probability, and in start order within a process.
 *
 * <p>One string per id, nothing else: {@code String.format("%06d")} here was more than half of
 * what a guarded call allocated (a {@code Formatter}, a regex matcher, {@code DecimalFormatSymbols}).
 */
final class SessionIds {

    static final int MIN_DIGITS = 6;
    private static final String[] PADDING = {"000000", "00000", "0000", "000", "00", "0", ""};

    private final String prefix;
    private final AtomicLong counter;

    SessionIds() {
        this(new SecureRandom().nextInt(), 0);
    }

    /** @param lastCount the counter before the first id (0 in a new process) */
    SessionIds(int random, long lastCount) {
        this.prefix = HexFormat.of().toHexDigits(random) + "-";
        this.counter = new AtomicLong(lastCount);
    }

    String next() {
        long n = counter.incrementAndGet();
        int digits = digits(n);
        return digits >= MIN_DIGITS ? prefix + n : prefix + PADDING[digits] + n;
    }

    /** Decimal digits of a positive number. */
    static int digits(long n) {
        int digits = 1;
        for (long rest = n / 10; rest > 0; rest /= 10) {
            digits++;
        }
        return digits;
    }
}
