package dev.warden.it.load;

import java.time.Duration;
import java.util.Map;

/**
 * What one load run measured. Only requests started inside the measured window count.
 *
 * @param requests requests measured
 * @param ok of which answered 200
 * @param statuses how many got each HTTP status; -1 counts requests that failed without one
 * @param elapsed from the start of the first measured request to the end of the last
 * @param firstFailure the first non-200 answer or I/O error, or null
 * @param retried requests sent a second time because the first attempt got no answer at all (a
 *     kept-alive connection the server had closed); their latency includes both attempts
 */
public record LoadReport(int clients, long requests, long ok, Map<Integer, Long> statuses, Duration elapsed,
                         Latencies latencies, String firstFailure, long retried) {

    public LoadReport {
        statuses = Map.copyOf(statuses);
    }

    /** Measured requests per second. */
    public double throughputPerSecond() {
        return requests / (elapsed.toNanos() / 1e9);
    }
}
