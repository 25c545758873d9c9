package dev.warden.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.it.fork.BuildLayout;
import dev.warden.it.fork.JavaCommand;
import dev.warden.it.fork.ProcessRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark suite's smoke pass: every benchmark and harness starts, with and without the agent
 * where that applies, and reports every measure in the documented structure. Asserts structure
 * only, never a time: the figures of a smoke pass mean nothing.
 */
class BenchmarkSmokeIT {

    /** Every measure the suite reports; tools and docs key on these ids. */
    private static final Set<String> MEASURES = Set.of(
        "entry.allowed.p50", "entry.allowed.p99", "entry.allowed.mean", "entry.allowed.alloc",
        "entry.denied.p50", "entry.denied.p99", "entry.denied.mean", "entry.denied.alloc",
        "decide.10", "decide.200", "decide.2000",
        "journal.t1.throughput", "journal.t1.p50", "journal.t1.p99",
        "journal.t8.throughput", "journal.t8.p50", "journal.t8.p99",
        "journal.t64.throughput", "journal.t64.p50", "journal.t64.p99",
        "jwt.first", "jwt.repeat", "replay.scan",
        "startup.first-request", "startup.listening",
        "load.throughput", "load.p50", "load.p90", "load.p99", "load.max",
        "memory.rss", "memory.rss.anonymous", "memory.rss.file", "memory.heap", "memory.live");

    /** Measures with a "without Warden" baseline: the agent and whole-JVM ones. */
    private static final List<String> WITH_BASELINE = List.of("entry.", "startup.", "load.", "memory.");

    private static final Duration SUITE_DEADLINE = Duration.ofMinutes(20);

    private static Path out;
    private static ProcessRun.Result suite;

    @BeforeAll
    static void runTheSmokePass() throws Exception {
        out = Path.of(System.getProperty("warden.bench.out", "target/benchmarks-smoke")).toAbsolutePath();
        deleteRecursively(out);
        suite = ProcessRun.run(suiteCommand("--mode", "smoke", "--out", out.toString()), SUITE_DEADLINE);
        Files.createDirectories(out);
        Files.writeString(out.resolve("suite.log"), suite.describe(), StandardCharsets.UTF_8); // for a human, after a failure
    }

    @Test
    void theSmokePassRunsEveryPartAndExitsZero() {
        assertEquals(0, suite.exitCode(), () -> tail(suite.describe()));
        for (String part : List.of("entry calls", "decide", "journal append", "JWT verification", "replay scan", "start-up",
            "steady state under load")) {
            assertTrue(suite.stdout().contains("== benchmarks: " + part + " done in"),
                part + " did not finish:\n" + tail(suite.stdout()));
        }
    }

    @Test
    void resultsJsonHoldsEveryMeasureWithNumbersAndConsistentRatios() throws IOException {
        JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());

        assertEquals("smoke", results.get("mode").asText());
        assertTrue(results.get("machine").get("cores").asInt() >= 1);
        assertTrue(results.get("machine").get("jdk").asText().length() > 2);
        List<String> ids = new ArrayList<>();
        for (JsonNode m : results.get("measures")) {
            String id = m.get("id").asText();
            ids.add(id);
            checkMeasure(id, m);
        }
        assertEquals(MEASURES, Set.copyOf(ids));
        assertEquals(MEASURES.size(), ids.size(), "a measure reported twice: " + ids);
    }

    private static void checkMeasure(String id, JsonNode m) {
        double withWarden = number(id, m.get("withWarden").get("value"));
        assertTrue(withWarden >= 0, id + ": " + m);
        boolean hasBaseline = WITH_BASELINE.stream().anyMatch(id::startsWith);
        assertEquals(hasBaseline, !m.get("baseline").isNull(), id + " baseline: " + m);
        if (hasBaseline) {
            double baseline = number(id, m.get("baseline").get("value"));
            if (baseline > 0) {
                assertEquals(withWarden / baseline, number(id, m.get("ratio")), 1e-4 * Math.abs(withWarden / baseline) + 1e-9, id);
            }
            assertEquals(withWarden - baseline, number(id, m.get("added")), 1e-4 * Math.abs(withWarden) + 1e-9, id);
        } else {
            assertTrue(m.get("ratio").isNull() && m.get("added").isNull(), id + ": no baseline, so no ratio: " + m);
        }
        assertEquals(m.get("target").isNull(), m.get("met").isNull(), id + ": a target comes with met, and only then: " + m);
        if (!m.get("met").isNull()) {
            assertTrue(m.get("met").isBoolean(), id + ": " + m);
        }
        assertTrue(m.get("unit").asText().length() > 0, id);
    }

    @Test
    void resultsMarkdownHasTheTableWithARowPerMeasureAndTheMachine() throws IOException {
        String md = Files.readString(out.resolve("results.md"));

        assertTrue(md.contains("| measure | unit | baseline (no agent) | with Warden | ratio | added | target | met? |"), md);
        long rows = md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| measure")).count();
        assertEquals(MEASURES.size(), rows, md);
        assertTrue(md.contains("- Machine: "), md);
        assertTrue(md.contains("mvn -B -Pbenchmarks -DskipTests verify -Dwarden.bench.mode=smoke"), md);
        assertTrue(md.contains("| entry call, allowed (p50) | µs |"), md);
    }

    @Test
    void jmhKeepsItsOwnResultsForEveryRun() throws IOException {
        try (Stream<Path> files = Files.list(out.resolve("jmh"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("decide.json", "entry-allowed-baseline.json", "entry-allowed-warden.json",
                "entry-denied-baseline.json", "entry-denied-warden.json", "journal-append-1t-latency.json",
                "journal-append-64t-latency.json", "journal-append-8t-latency.json", "journal-throughput.json",
                "jwt-firstSight.json", "jwt-repeat.json", "replay-scan.json"), names);
        }
        assertTrue(!Files.exists(out.resolve("work")), "the work directory (agent journals) is removed after the run");
    }

    @Test
    void anUnknownModeIsRefusedWithUsage() throws Exception {
        ProcessRun.Result bad = ProcessRun.run(suiteCommand("--mode", "quick", "--out", out.resolve("bad").toString()),
            Duration.ofMinutes(2));

        assertEquals(2, bad.exitCode(), bad.describe());
        assertTrue(bad.stderr().contains("unknown mode 'quick': use full or smoke"), bad.describe());
    }

    @Test
    void smokeFiguresCannotBeWrittenIntoTheDocs() throws Exception {
        ProcessRun.Result bad = ProcessRun.run(suiteCommand("--mode", "smoke", "--out", out.resolve("bad").toString(),
            "--update-docs", "true", "--docs", "docs/benchmarks.md"), Duration.ofMinutes(2));

        assertEquals(2, bad.exitCode(), bad.describe());
        assertTrue(bad.stderr().contains("--update-docs needs --mode full"), bad.describe());
    }

    /** The suite as the benchmarks profile runs it: on the benchmark class path the build composed. */
    private static List<String> suiteCommand(String... args) {
        String classpath = System.getProperty("warden.bench.classpath");
        assertNotNull(classpath, "warden.bench.classpath is not set: run this test through Maven (failsafe)");
        return JavaCommand.current()
            .jvmArg("-Dwarden.agent.jar=" + BuildLayout.agentJar())
            .jvmArg("-Dwarden.it.classes=" + System.getProperty("warden.it.classes"))
            .jvmArg("-Dwarden.it.classpath.file=" + System.getProperty("warden.it.classpath.file"))
            .main(classpath, "dev.warden.it.bench.BenchmarkSuite", args);
    }

    private static double number(String id, JsonNode node) {
        assertTrue(node != null && node.isNumber(), id + ": expected a number, got " + node);
        return node.asDouble();
    }

    private static String tail(String text) {
        return text.length() <= 6000 ? text : "...\n" + text.substring(text.length() - 6000);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
