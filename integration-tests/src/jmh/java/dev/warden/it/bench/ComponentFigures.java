package dev.warden.it.bench;

import dev.warden.it.bench.jmh.DecideBenchmark;
import dev.warden.it.bench.jmh.JournalAppendBenchmark;
import dev.warden.it.bench.jmh.JournalThroughputBenchmark;
import dev.warden.it.bench.jmh.JwtVerifyBenchmark;
import dev.warden.it.bench.jmh.ReplayScanBenchmark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Warden's parts measured on their own, in JMH forks without the agent: policy decisions, journal
 * appends, JWT verification and the replay scan. There is no "without Warden" for these, so they
 * have no baseline column: their targets are absolute.
 */
final class ComponentFigures {

    private static final double NS_TO_US = 1e-3;
    private static final double PER_SECOND_TO_MILLIONS = 1e-6;

    private final JmhRuns runs;

    ComponentFigures(JmhRuns runs) {
        this.runs = runs;
    }

    List<Measure> decide() throws RunnerException {
        List<Measure> measures = new ArrayList<>();
        for (RunResult r : runs.run("decide", DecideBenchmark.class, "decide", options -> options)) {
            String rules = r.getParams().getParam("rules");
            Target target = rules.equals("200") ? Target.atMost(0.5, "µs") : null;
            measures.add(new Measure("decide." + rules, "decide, " + String.format(Locale.ROOT, "%,d", Integer.parseInt(rules))
                + " rules (p50)", "µs", null, JmhRuns.percentile(r, 50).scaled(NS_TO_US), target,
                "generated policy (identities, entrypoints, permit/forbid with conditions), 1,024 varied requests; mean "
                    + Format.figure(JmhRuns.score(r)) + " ns, p99 " + Format.number(JmhRuns.percentile(r, 99).value()) + " ns; "
                    + Format.number(JmhRuns.allocatedBytesPerOp(r)) + " bytes allocated per decision"));
        }
        return measures;
    }

    List<Measure> journalAppend() throws RunnerException {
        List<Measure> measures = new ArrayList<>();
        Map<String, RunResult> rates = new HashMap<>();
        for (RunResult r : runs.run("journal-throughput", JournalThroughputBenchmark.class, "appendBatch", options -> options)) {
            rates.put(r.getParams().getParam("threads"), r);
        }
        for (int threads : List.of(1, 8, 64)) {
            RunResult latency = JmhRuns.only(runs.run("journal-append-" + threads + "t-latency", JournalAppendBenchmark.class,
                "append", options -> options.threads(threads)));
            String at = threads + (threads == 1 ? " thread" : " threads");
            measures.add(new Measure("journal.t" + threads + ".throughput", "journal append, " + at + " (throughput)",
                "M events/s", null, JmhRuns.score(rates.get(Integer.toString(threads))).scaled(PER_SECOND_TO_MILLIONS),
                threads <= 8 ? Target.atLeast(0.8, "M events/s") : null,
                "wall-clock events/s of all threads together: batches of "
                    + String.format(Locale.ROOT, "%,d", JournalThroughputBenchmark.BATCH) + " real session events (≈100-250 bytes) appended to a real Chronicle journal, fresh each iteration"));
            measures.add(new Measure("journal.t" + threads + ".p50", "journal append, " + at + " (p50)", "µs", null,
                JmhRuns.percentile(latency, 50).scaled(NS_TO_US), null,
                "one append as an application thread sees it, waiting for the lock (and, past 2 threads, for a core) included"));
            measures.add(new Measure("journal.t" + threads + ".p99", "journal append, " + at + " (p99)", "µs", null,
                JmhRuns.percentile(latency, 99).scaled(NS_TO_US), null,
                "p99.9 " + Format.number(JmhRuns.percentile(latency, 99.9).value() * NS_TO_US) + " µs, max "
                    + Format.number(JmhRuns.percentile(latency, 100).value() * NS_TO_US) + " µs"));
        }
        return measures;
    }

    List<Measure> jwt() throws RunnerException {
        List<Measure> measures = new ArrayList<>();
        for (String method : List.of("firstSight", "repeat")) {
            RunResult r = JmhRuns.only(runs.run("jwt-" + method, JwtVerifyBenchmark.class, method, options -> options));
            boolean first = method.equals("firstSight");
            measures.add(new Measure("jwt." + (first ? "first" : "repeat"), "JWT verification, " + (first ? "first sight" : "repeat")
                + " (p50)", "µs", null, JmhRuns.percentile(r, 50).scaled(NS_TO_US), null,
                (first ? "RS256, RSA-2048, a token never seen: parse, header rules, key lookup, signature, claims"
                    : "the same token again: answered from the verification cache")
                    + "; mean " + Format.figure(JmhRuns.score(r).scaled(NS_TO_US)) + " µs, p99 "
                    + Format.number(JmhRuns.percentile(r, 99).value() * NS_TO_US) + " µs; "
                    + Format.number(JmhRuns.allocatedBytesPerOp(r)) + " bytes allocated per verification"));
        }
        return measures;
    }

    List<Measure> replay() throws RunnerException {
        RunResult r = JmhRuns.only(runs.run("replay-scan", ReplayScanBenchmark.class, "scan", options -> options));
        return List.of(new Measure("replay.scan", "replay scan", "M events/s", null,
            JmhRuns.score(r).scaled(PER_SECOND_TO_MILLIONS), Target.atLeast(1, "M events/s"),
            "open a 90,000-event journal read-only and decode every event, opening included"));
    }
}
