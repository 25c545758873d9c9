package dev.warden.it.bench;

import java.nio.file.Path;
import java.util.Collection;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs one JMH benchmark method through the Runner API with the suite's forks and iterations, in
 * forked JVMs of the measured JDK, and keeps JMH's own JSON results beside ours.
 */
final class JmhRuns {

    private final SuiteSettings settings;
    private final Path java;
    private final Path jmhResults;

    JmhRuns(SuiteSettings settings, Path java, Path jmhResults) {
        this.settings = settings;
        this.java = java;
        this.jmhResults = jmhResults;
    }

    /**
     * @param name names JMH's result file ({@code <name>.json})
     * @param customise adds what this run needs (mode, threads, JVM arguments)
     */
    Collection<RunResult> run(String name, Class<?> benchmark, String method, UnaryOperator<ChainedOptionsBuilder> customise)
        throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
            .include("^" + Pattern.quote(benchmark.getName() + "." + method) + "$")
            .forks(settings.forks())
            .warmupIterations(settings.warmupIterations())
            .warmupTime(TimeValue.milliseconds(settings.iteration().toMillis()))
            .measurementIterations(settings.measurementIterations())
            .measurementTime(TimeValue.milliseconds(settings.iteration().toMillis()))
            .jvm(java.toString())
            // JMH otherwise gives forks this JVM's own arguments, -Dwarden.* among them, which the
            // agent would read as its settings (and refuse)
            .jvmArgs(settings.jmhJvmArgs().toArray(new String[0]))
            .shouldFailOnError(true)
            .addProfiler(GCProfiler.class) // allocation per operation: hot paths should allocate little
            .resultFormat(ResultFormatType.JSON)
            .result(jmhResults.resolve(name + ".json").toString());
        Collection<RunResult> results = new Runner(customise.apply(options).build()).run();
        if (results.isEmpty()) {
            throw new IllegalStateException("JMH ran nothing for " + benchmark.getName() + "." + method
                + ": is it in target/jmh-classes/META-INF/BenchmarkList?");
        }
        return results;
    }

    /** The one result of a run without parameters. */
    static RunResult only(Collection<RunResult> results) {
        if (results.size() != 1) {
            throw new IllegalStateException("expected one JMH result, got " + results.size());
        }
        return results.iterator().next();
    }

    /** A percentile of a sample-time run, in the run's time unit. */
    static Figure percentile(RunResult run, double percentile) {
        return Figure.of(run.getPrimaryResult().getStatistics().getPercentile(percentile));
    }

    /** The score (mean time, or throughput) with its 99.9% error, in the run's unit. */
    static Figure score(RunResult run) {
        Result<?> primary = run.getPrimaryResult();
        return Figure.withError(primary.getScore(), primary.getScoreError());
    }

    /** Bytes allocated per operation (JMH's GC profiler), or NaN if it reported none. */
    static double allocatedBytesPerOp(RunResult run) {
        Result<?> norm = run.getSecondaryResults().get("gc.alloc.rate.norm");
        return norm == null ? Double.NaN : norm.getScore();
    }

    /** How many samples (sample mode) or iterations (other modes) the figures come from. */
    static long samples(RunResult run) {
        return run.getPrimaryResult().getStatistics().getN();
    }
}
