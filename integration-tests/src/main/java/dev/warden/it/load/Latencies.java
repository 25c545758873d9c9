package dev.warden.it.load;

import java.util.Arrays;

/** Percentiles of a set of request latencies (nearest-rank: every value reported was observed). */
public record Latencies(int count, long p50Nanos, long p90Nanos, long p99Nanos, long maxNanos) {

    /** @param nanos the latencies; only the first {@code count} are used, and the array is sorted in place */
    public static Latencies of(long[] nanos, int count) {
        if (count < 1 || count > nanos.length) {
            throw new IllegalArgumentException("need 1.." + nanos.length + " latencies, got " + count);
        }
        Arrays.sort(nanos, 0, count);
        return new Latencies(count, rank(nanos, count, 50), rank(nanos, count, 90), rank(nanos, count, 99), nanos[count - 1]);
    }

    private static long rank(long[] sorted, int count, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * count) - 1;
        return sorted[Math.max(0, index)];
    }
}
