package dev.warden.it.bench.jmh;

import dev.warden.bootstrap.WardenDeniedException;
import dev.warden.bootstrap.WardenHooks;
import dev.warden.it.corpus.Europarl;
import dev.warden.it.corpus.EuroparlDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One call of a guarded method, end to end as the application sees it. Run twice by the suite, in
 * forks with and without {@code -javaagent:warden-agent.jar}: with the agent, each call is a
 * session of its own (no inbound request around it) whose start, decision and end are appended to
 * a real journal before the call returns, or whose denial is thrown before the body runs.
 *
 * <p>The caller is anonymous: the policy permits {@code allowed} with {@code principal any}, so no
 * token verification is on this path (that is measured on its own, {@link JwtVerifyBenchmark}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EntryCallBenchmark {

    /** The policy the agent runs with in the agent forks. */
    public static final String POLICY = """
        # Benchmark policy: one guarded method every caller may call, one nobody may call.
        entrypoint bench_allowed {
            method "dev.warden.it.bench.jmh.GuardedService#allowed"
        }
        entrypoint bench_denied {
            method "dev.warden.it.bench.jmh.GuardedService#denied"
        }
        permit anyone_may_call_allowed {
            principal any
            call      bench_allowed
        }
        forbid nobody_may_call_denied {
            principal any
            call      bench_denied
        }
        # Never matches in the measured calls: the tear-down calls 'allowed' once with this marker
        # to prove the method really is guarded by this policy (see report()).
        forbid probe_marker {
            principal any
            call      bench_allowed
            when      arg.size == 13
        }
        """;

    /** 13 characters: denied by {@code probe_marker} wherever Warden guards {@code allowed}. */
    static final String PROBE_MARKER = "probe-marker!";

    /**
     * System property naming the file where a fork reports what it saw (see {@link #report}). Not
     * under {@code warden.}: the agent reads every such property as its own setting.
     */
    public static final String PROBE_PROPERTY = "benchmark.probe";

    private static final int TEXT_CHARS = 1_000;

    private final GuardedService service = new GuardedService();
    private String text;
    private long calls;
    private long denials;

    @Setup(Level.Trial)
    public void readParagraph() {
        try (Stream<EuroparlDocument> documents = Europarl.documents()) {
            String body = documents.findFirst().orElseThrow().body();
            text = body.substring(0, Math.min(TEXT_CHARS, body.length()));
        }
    }

    @Benchmark
    public int allowed() {
        calls++;
        return service.allowed(text);
    }

    @Benchmark
    public Object denied() {
        calls++;
        try {
            return service.denied(text);
        } catch (WardenDeniedException e) {
            denials++;
            return e;
        }
    }

    /**
     * Tells the suite whether Warden really ran in this fork and what it did, so a variant that
     * silently measured the wrong thing (no agent, nothing guarded, another policy) fails the run.
     */
    @TearDown(Level.Trial)
    public void report() {
        String probe = System.getProperty(PROBE_PROPERTY);
        if (probe == null) {
            return;
        }
        String markerRule = "none";
        try {
            service.allowed(PROBE_MARKER);
        } catch (WardenDeniedException e) {
            markerRule = String.valueOf(e.ruleId());
        }
        String line = "installed=" + WardenHooks.installed() + " calls=" + calls + " denials=" + denials
            + " marker=" + markerRule + "\n";
        try {
            Files.writeString(Path.of(probe), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the probe file " + probe, e);
        }
    }
}
