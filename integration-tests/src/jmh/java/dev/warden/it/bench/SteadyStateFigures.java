package dev.warden.it.bench;

import dev.warden.it.corpus.Europarl;
import dev.warden.it.corpus.EuroparlDocument;
import dev.warden.it.fork.ForkedService;
import dev.warden.it.fork.ProcessMemory;
import dev.warden.it.load.LoadDriver;
import dev.warden.it.load.LoadReport;
import dev.warden.it.load.LoadSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The sample service in steady state under the load driver, with and without Warden: throughput
 * and latency percentiles of {@code POST /chunk} on Europarl documents, and the service's resident
 * set and heap sampled during the measured window.
 */
final class SteadyStateFigures {

    private static final double NS_TO_MS = 1e-6;

    private final SuiteSettings settings;
    private final ServiceLauncher launcher;
    private final ProcessMemory memory;
    private final Map<Variant, List<Round>> rounds = new EnumMap<>(Variant.class);

    /** One load run of one variant. */
    private record Round(LoadReport load, MemorySampler.Sample memory, double liveHeapMiB) {
    }

    SteadyStateFigures(SuiteSettings settings, ServiceLauncher launcher, ProcessMemory memory) {
        this.settings = settings;
        this.launcher = launcher;
        this.memory = memory;
        for (Variant v : Variant.values()) {
            rounds.put(v, new ArrayList<>());
        }
    }

    List<Measure> measure() throws Exception {
        List<String> documents = documents(settings.loadDocuments());
        LoadSettings load = new LoadSettings(settings.loadClients(), settings.loadWarmup(), settings.loadDuration(),
            settings.loadMaxRequests(), 500, 50);
        for (int round = 0; round < settings.loadRounds(); round++) {
            for (Variant v : Variant.order(round)) {
                rounds.get(v).add(once(v, documents, load));
            }
        }
        return measures();
    }

    private Round once(Variant variant, List<String> documents, LoadSettings load) throws Exception {
        ServiceLauncher.Prepared prepared = launcher.prepare(variant);
        try (ForkedService service = prepared.start()) {
            prime(service, prepared.token, documents.get(0));
            MemorySampler sampler = new MemorySampler(memory, service.pid());
            sampler.start(load.warmup(), load.duration());
            LoadReport report;
            MemorySampler.Sample sample;
            try {
                report = new LoadDriver(service.uri("/"), prepared.token, documents, load).run();
            } finally {
                sample = sampler.finish();
            }
            if (report.ok() != report.requests()) {
                throw new IllegalStateException("load " + variant.label + ": " + (report.requests() - report.ok()) + " of "
                    + report.requests() + " requests failed, first: " + report.firstFailure()
                    + "\n--- service stderr ---\n" + service.stderr());
            }
            return new Round(report, sample, MemorySampler.mib(memory.heapAfterFullGc(service.pid()).used()));
        } finally {
            prepared.cleanUp();
        }
    }

    /**
     * One request before the load: its cost is the start-up figure's business (with Warden it waits
     * for the journal to open), and a multi-second first request would eat a short measured window.
     */
    private static void prime(ForkedService service, String token, String document) throws Exception {
        LoadReport first = new LoadDriver(service.uri("/"), token, List.of(document),
            new LoadSettings(1, Duration.ZERO, Duration.ofMinutes(2), 1, 500, 50)).run();
        if (first.ok() != 1) {
            throw new IllegalStateException("the priming request failed: " + first.firstFailure()
                + "\n--- service stderr ---\n" + service.stderr());
        }
    }

    private List<Measure> measures() {
        String load = settings.loadClients() + " concurrent clients, POST /chunk (500/50) of Europarl documents, "
            + Format.number(settings.loadDuration().toMillis() / 1e3) + " s measured after "
            + Format.number(settings.loadWarmup().toMillis() / 1e3) + " s warm-up and one priming request; "
            + "median over " + settings.loadRounds() + " round(s) per variant (lowest–highest)";
        List<Measure> m = new ArrayList<>();
        m.add(row("load.throughput", "load: throughput", "req/s", r -> r.load().throughputPerSecond(), null,
            load + "; " + requests() + "; " + retries()));
        m.add(row("load.p50", "load: latency p50", "ms", r -> r.load().latencies().p50Nanos() * NS_TO_MS, null, ""));
        m.add(row("load.p90", "load: latency p90", "ms", r -> r.load().latencies().p90Nanos() * NS_TO_MS, null, ""));
        m.add(row("load.p99", "load: latency p99", "ms", r -> r.load().latencies().p99Nanos() * NS_TO_MS, null, ""));
        m.add(row("load.max", "load: latency max", "ms", r -> r.load().latencies().maxNanos() * NS_TO_MS, null, ""));
        // The target is read on private memory: file-backed pages are mostly the journal's mapped
        // file, which grows with the events written in the window and is page cache the kernel can
        // write back and evict (docs/benchmarks.md, "How to read the figures").
        m.add(row("memory.rss", "steady-state RSS", "MiB", r -> r.memory().rssMiB(), null,
            "VmRSS every 250 ms during the measured window, median: the anonymous and file-backed rows below together;"
                + " service JVM " + String.join(" ", launcher.jvmArgs()) + " (the heap is resident in full either way)"));
        m.add(row("memory.rss.anonymous", "steady-state RSS, anonymous", "MiB", r -> r.memory().anonymousMiB(),
            Target.addedAtMost(32, "MiB"), "RssAnon, sampled with VmRSS: memory private to the process (heap, Metaspace,"
                + " JIT code, thread stacks, native buffers), what the agent itself holds"));
        m.add(row("memory.rss.file", "steady-state RSS, file-backed", "MiB", r -> r.memory().fileBackedMiB(), null,
            "RssFile, sampled with VmRSS: mapped files (jars, the class-data archive, the journal's memory-mapped file);"
                + " the journal's pages grow with the events written (" + requests() + ")"));
        m.add(row("memory.heap", "steady-state heap in use", "MiB", r -> r.memory().heapUsedMiB(), null,
            "jcmd GC.heap_info at 20/50/80 % of the measured window, median; heap committed "
                + split(r -> r.memory().heapCommittedMiB())));
        m.add(row("memory.live", "live heap after a full GC", "MiB", Round::liveHeapMiB, null,
            "jcmd GC.run then GC.heap_info, right after the load"));
        return m;
    }

    private Measure row(String id, String name, String unit, Function<Round, Double> value, Target target, String note) {
        return new Measure(id, name, unit, figure(Variant.BASELINE, value), figure(Variant.WARDEN, value), target, note);
    }

    private Figure figure(Variant variant, Function<Round, Double> value) {
        return Stats.medianWithRange(rounds.get(variant).stream().map(value).toList());
    }

    private String split(Function<Round, Double> value) {
        return Format.number(figure(Variant.BASELINE, value).value()) + " → "
            + Format.number(figure(Variant.WARDEN, value).value()) + " MiB";
    }

    private String requests() {
        return "requests measured per round: " + counts(Variant.BASELINE) + " without, " + counts(Variant.WARDEN) + " with Warden";
    }

    private String retries() {
        return "sent again after a dropped keep-alive connection: " + retried(Variant.BASELINE) + " without, "
            + retried(Variant.WARDEN) + " with Warden";
    }

    private String retried(Variant variant) {
        return rounds.get(variant).stream().map(r -> Long.toString(r.load().retried())).reduce((a, b) -> a + "/" + b).orElse("-");
    }

    private String counts(Variant variant) {
        return rounds.get(variant).stream().map(r -> Long.toString(r.load().requests())).reduce((a, b) -> a + "/" + b).orElse("-");
    }

    private static List<String> documents(int count) {
        try (Stream<EuroparlDocument> documents = Europarl.documents()) {
            return documents.limit(count).map(EuroparlDocument::body).toList();
        }
    }
}
