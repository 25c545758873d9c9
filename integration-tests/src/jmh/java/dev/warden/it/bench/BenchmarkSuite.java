package dev.warden.it.bench;

import dev.warden.it.fork.BuildLayout;
import dev.warden.it.fork.ProcessMemory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark suite: what Warden costs, against the same work without it (docs/benchmarks.md).
 *
 * <pre>
 * mvn -B -Pbenchmarks -DskipTests verify                                 # everything, ≈11 min
 * mvn -B -Pbenchmarks -DskipTests verify -Dwarden.bench.mode=smoke       # proves it all starts
 * mvn -B -Pbenchmarks -DskipTests verify -Dwarden.bench.parts=startup     # one part (or several: entry,startup)
 * </pre>
 *
 * In order: the added cost of guarded calls (JMH forks with and without {@code -javaagent}); the
 * components measured on their own (decide, journal append, JWT verification, replay scan); the
 * sample service's start-up; its throughput, latency and memory under load. Writes
 * {@code results.json} and {@code results.md} (and JMH's own JSON per run) to {@code --out}, prints
 * the table, and with {@code --update-docs true} rewrites the figures in docs/benchmarks.md.
 * Exits 0 when every part produced its figures (targets missed or not), 1 when a part failed, 2 on
 * a bad command line.
 */
public final class BenchmarkSuite {

    static final String COMMAND = "mvn -B -Pbenchmarks -DskipTests verify";

    private final SuiteOptions options;

    private BenchmarkSuite(SuiteOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        SuiteOptions options;
        try {
            options = SuiteOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("benchmarks: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            new BenchmarkSuite(options).run();
            System.exit(0);
        } catch (Exception e) {
            System.err.println("benchmarks: FAILED: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    private void run() throws Exception {
        SuiteSettings settings = options.settings();
        Path out = Files.createDirectories(options.out());
        Path work = Files.createDirectories(out.resolve("work"));
        Path agentJar = BuildLayout.agentJar();
        String command = (settings.mode().equals("smoke") ? COMMAND + " -Dwarden.bench.mode=smoke" : COMMAND)
            + (options.partsOption().isEmpty() ? "" : " -Dwarden.bench.parts=" + options.partsOption());
        if (settings.mode().equals("smoke")) {
            // JMH's /tmp/jmh.lock keeps two measuring runs from disturbing each other; a smoke pass
            // measures nothing, and must not fail a build because another build on the machine benchmarks.
            System.setProperty("jmh.ignoreLock", "true");
        }
        Map<String, String> described = new LinkedHashMap<>(settings.describe());
        described.put("agent jar", agentJar.toString());
        Results results = new Results(settings.mode(), command, Machine.describe(options.jdk()), described);

        JmhRuns jmh = new JmhRuns(settings, options.java(), Files.createDirectories(out.resolve("jmh")));
        ComponentFigures components = new ComponentFigures(jmh);
        part(results, Part.ENTRY, () -> new EntryCallFigures(jmh, agentJar, work).measure());
        part(results, Part.DECIDE, components::decide);
        part(results, Part.JOURNAL, components::journalAppend);
        part(results, Part.JWT, components::jwt);
        part(results, Part.REPLAY, components::replay);
        part(results, Part.STARTUP, () -> new StartupFigures(settings,
            new ServiceLauncher(options.jdk(), agentJar, settings.startupJvmArgs(), work)).measure());
        part(results, Part.LOAD, () -> new SteadyStateFigures(settings,
            new ServiceLauncher(options.jdk(), agentJar, settings.loadJvmArgs(), work), new ProcessMemory(options.jdk())).measure());
        results.finish();

        results.write(out);
        TempDirectories.delete(work);
        String markdown = results.markdown();
        System.out.println();
        System.out.println(markdown);
        System.out.println("results: " + out.resolve("results.json") + " and " + out.resolve("results.md"));
        if (options.updateDocs()) {
            Path docs = options.docs().orElseThrow();
            DocsBlock.replace(docs, markdown);
            System.out.println("updated the figures in " + docs);
        }
    }

    /** One part of the suite; a failure names the part. */
    private interface Measuring {
        List<Measure> measure() throws Exception;
    }

    private void part(Results results, Part which, Measuring part) throws Exception {
        if (!options.parts().contains(which)) {
            return;
        }
        String name = which.title;
        System.out.println("== benchmarks: " + name + " ==");
        long start = System.nanoTime();
        try {
            results.add(part.measure());
        } catch (Exception e) {
            throw new IllegalStateException(name + " failed: " + e.getMessage(), e);
        }
        System.out.printf("== benchmarks: %s done in %.0f s ==%n", name, (System.nanoTime() - start) / 1e9);
    }
}
