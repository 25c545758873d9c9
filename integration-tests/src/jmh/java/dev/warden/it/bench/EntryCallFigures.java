package dev.warden.it.bench;

import dev.warden.it.bench.jmh.EntryCallBenchmark;
import dev.warden.it.fork.AgentWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * The added cost of a guarded call: each {@link EntryCallBenchmark} method in JMH forks without the
 * agent (the baseline) and then with {@code -javaagent:warden-agent.jar}, same JVM otherwise. Each
 * fork reports through a probe file whether Warden ran and what it did; a variant that measured
 * the wrong thing fails the suite.
 */
final class EntryCallFigures {

    private static final double NS_TO_US = 1e-3;
    private static final String HOW = "JMH sample mode; the baseline is the same call in forks without the agent. "
        + "The guarded method counts the words of a 1,000-character Europarl paragraph; the caller is anonymous and "
        + "permitted by `principal any` (no token to verify). With Warden every call is a session of its own: session "
        + "start, decision and session end are appended to a real journal before the call returns.";

    private final JmhRuns runs;
    private final Path agentJar;
    private final Path work;

    EntryCallFigures(JmhRuns runs, Path agentJar, Path work) {
        this.runs = runs;
        this.agentJar = agentJar;
        this.work = work;
    }

    List<Measure> measure() throws RunnerException, IOException {
        List<Measure> measures = new ArrayList<>();
        for (String method : List.of("allowed", "denied")) {
            RunResult baseline = run(method, false);
            RunResult warden = run(method, true);
            String what = method.equals("allowed") ? "entry call, allowed" : "entry call, denied";
            String how = method.equals("denied")
                ? "With Warden the call throws WardenDeniedException before the body runs (the benchmark catches it). " + HOW
                : HOW;
            measures.add(new Measure("entry." + method + ".p50", what + " (p50)", "µs",
                JmhRuns.percentile(baseline, 50).scaled(NS_TO_US), JmhRuns.percentile(warden, 50).scaled(NS_TO_US),
                Target.addedAtMost(2, "µs"), how));
            measures.add(new Measure("entry." + method + ".p99", what + " (p99)", "µs",
                JmhRuns.percentile(baseline, 99).scaled(NS_TO_US), JmhRuns.percentile(warden, 99).scaled(NS_TO_US),
                Target.addedAtMost(20, "µs"), samples(baseline, warden)));
            measures.add(new Measure("entry." + method + ".mean", what + " (mean)", "µs",
                JmhRuns.score(baseline).scaled(NS_TO_US), JmhRuns.score(warden).scaled(NS_TO_US), null,
                "p99.9 " + Format.number(JmhRuns.percentile(baseline, 99.9).value() * NS_TO_US) + " µs without, "
                    + Format.number(JmhRuns.percentile(warden, 99.9).value() * NS_TO_US) + " µs with Warden"));
            measures.add(new Measure("entry." + method + ".alloc", what + " (allocated)", "B/call",
                Figure.of(JmhRuns.allocatedBytesPerOp(baseline)), Figure.of(JmhRuns.allocatedBytesPerOp(warden)), null,
                "heap bytes allocated per call (JMH GC profiler)"));
        }
        return measures;
    }

    private static String samples(RunResult baseline, RunResult warden) {
        return String.format(java.util.Locale.ROOT, "%,d samples without, %,d with Warden", JmhRuns.samples(baseline),
            JmhRuns.samples(warden));
    }

    private RunResult run(String method, boolean withAgent) throws RunnerException, IOException {
        String variant = "entry-" + method + (withAgent ? "-warden" : "-baseline");
        Path dir = Files.createDirectories(work.resolve(variant));
        Path probe = dir.resolve("probe.txt");
        List<String> jvmArgs = new ArrayList<>(List.of("-D" + EntryCallBenchmark.PROBE_PROPERTY + "=" + probe));
        if (withAgent) {
            AgentWorkspace workspace = AgentWorkspace.create(dir.resolve("agent"), "bench.policy", EntryCallBenchmark.POLICY);
            jvmArgs.add("-javaagent:" + agentJar + "=" + workspace.options().render());
        }
        try {
            RunResult result = JmhRuns.only(runs.run(variant, EntryCallBenchmark.class, method,
                options -> options.jvmArgsAppend(jvmArgs.toArray(new String[0]))));
            Probe.read(probe).check(variant, withAgent, withAgent && method.equals("denied"));
            return result;
        } finally {
            TempDirectories.delete(dir); // the agent's journal: millions of events
        }
    }
}
