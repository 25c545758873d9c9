package dev.warden.it.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long and how often everything runs. {@link #full()} is what the published figures come
 * from; {@link #smoke()} only proves that every benchmark and harness starts and produces numbers
 * (it runs inside {@code mvn verify}), and its figures mean nothing.
 *
 * @param forks JMH forks per benchmark and variant
 * @param warmupIterations JMH warm-up iterations per fork, each {@code iteration} long
 * @param measurementIterations JMH measured iterations per fork, each {@code iteration} long
 * @param startupRuns start-ups per variant (with and without the agent), alternating
 * @param startupWarmupPairs start-up pairs run first and discarded (the harness's own warm-up)
 * @param loadRounds steady-state runs per variant, alternating
 * @param loadClients concurrent clients of the load driver
 * @param jmhJvmArgs JVM options of every JMH fork (set, so forks never inherit the suite's own)
 * @param startupJvmArgs JVM options of the sample service in the start-up runs, both variants
 * @param loadJvmArgs JVM options of the sample service in the load runs, both variants: a fixed,
 *     pre-touched heap, so that RSS compares what the agent adds rather than how far the garbage
 *     collector happened to grow and touch the heap
 */
public record SuiteSettings(String mode, int forks, int warmupIterations, int measurementIterations, Duration iteration,
                            int startupRuns, int startupWarmupPairs, int loadRounds, int loadClients, Duration loadWarmup,
                            Duration loadDuration, int loadMaxRequests, int loadDocuments, List<String> jmhJvmArgs,
                            List<String> startupJvmArgs, List<String> loadJvmArgs) {

    private static final List<String> JMH_JVM = List.of("-Xms1g", "-Xmx1g");
    private static final List<String> STARTUP_JVM = List.of("-Xmx512m");
    private static final List<String> LOAD_JVM = List.of("-Xms512m", "-Xmx512m", "-XX:+AlwaysPreTouch");

    public SuiteSettings {
        jmhJvmArgs = List.copyOf(jmhJvmArgs);
        startupJvmArgs = List.copyOf(startupJvmArgs);
        loadJvmArgs = List.copyOf(loadJvmArgs);
    }

    public static SuiteSettings full() {
        return new SuiteSettings("full", 2, 3, 5, Duration.ofSeconds(1), 10, 1, 3, 4, Duration.ofSeconds(10),
            Duration.ofSeconds(20), 2_000_000, 2_000, JMH_JVM, STARTUP_JVM, LOAD_JVM);
    }

    public static SuiteSettings smoke() {
        return new SuiteSettings("smoke", 1, 1, 1, Duration.ofMillis(200), 1, 0, 1, 2, Duration.ofMillis(500),
            Duration.ofMillis(1500), 5_000, 100, JMH_JVM, STARTUP_JVM, LOAD_JVM);
    }

    public static SuiteSettings of(String mode) {
        return switch (mode) {
            case "full" -> full();
            case "smoke" -> smoke();
            default -> throw new IllegalArgumentException("unknown mode '" + mode + "': use full or smoke");
        };
    }

    /** For the results file: what a reader needs to judge the figures. */
    Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("jmh", forks + " fork(s) x (" + warmupIterations + " warm-up + " + measurementIterations + " measured) iterations of "
            + iteration.toMillis() + " ms; fork JVM " + String.join(" ", jmhJvmArgs));
        d.put("startup", startupRuns + " run(s) per variant, alternating, after " + startupWarmupPairs + " discarded pair(s)");
        d.put("load", loadRounds + " round(s) per variant, alternating; " + loadClients + " clients; " + loadWarmup.toMillis()
            + " ms warm-up + " + loadDuration.toMillis() + " ms measured; at most " + loadMaxRequests + " requests; first "
            + loadDocuments + " Europarl documents");
        d.put("service JVM", "start-up " + String.join(" ", startupJvmArgs) + "; load " + String.join(" ", loadJvmArgs));
        return d;
    }
}
