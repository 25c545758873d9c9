package dev.warden.policy.scale;

import dev.warden.policy.CheckResult;
import dev.warden.policy.PolicyLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Times {@code PolicyLoader.check} on one generated file: the first (cold) run, the best run, and
 * the loading thread's CPU time in its best run. A program, not a test (timing never goes in a
 * test); docs/benchmarks.md gives the command. Arguments: shape (own, wide, any), identities,
 * rules, identities per rule, targets of each kind, file to write, runs.
 */
public final class PolicyLoadTiming {

    private PolicyLoadTiming() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            System.err.println("usage: PolicyLoadTiming own|wide|any IDENTITIES RULES PER_RULE TARGETS FILE RUNS");
            System.exit(2);
        }
        LargePolicies.Shape shape = LargePolicies.Shape.valueOf(args[0].toUpperCase(Locale.ROOT));
        int identities = Integer.parseInt(args[1]);
        int rules = Integer.parseInt(args[2]);
        Path file = Path.of(args[5]);
        int runs = Integer.parseInt(args[6]);
        Files.writeString(file, LargePolicies.generate(shape, identities, rules, Integer.parseInt(args[3]),
            Integer.parseInt(args[4])));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long first = 0;
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        CheckResult result = null;
        for (int i = 0; i < runs; i++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            result = PolicyLoader.check(List.of(file));
            long elapsed = System.nanoTime() - t0;
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            first = i == 0 ? elapsed : first;
            if (elapsed < best) {
                best = elapsed;
                bestCpu = cpu;
            }
        }
        System.out.printf(Locale.ROOT, "%s identities=%d rules=%d: first %.3f s, best %.3f s (CPU %.3f s); ok=%s,"
            + " %d diagnostics%n", args[0], identities, rules, first / 1e9, best / 1e9, bestCpu / 1e9, result.ok(),
            result.diagnostics().size());
    }
}
