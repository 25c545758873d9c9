package dev.warden.it.bench.jmh;

import dev.warden.agent.journal.ChronicleJournal;
import dev.warden.agent.journal.JournalEvent;
import dev.warden.agent.journal.JournalReader;
import dev.warden.it.bench.TempDirectories;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Replay's scan: open a journal of {@value #EVENTS} events (30,000 sessions) read-only and decode
 * every event, as every {@code replay} command does. The score is events decoded per second
 * (opening the journal included).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(ReplayScanBenchmark.EVENTS)
@Fork(jvmArgsAppend = {ChronicleAccess.EXPORT_NIO, ChronicleAccess.EXPORT_REF, ChronicleAccess.OPEN_REFLECT})
public class ReplayScanBenchmark {

    static final int EVENTS = 90_000;

    private Path dir;

    @Setup(Level.Trial)
    public void writeJournal() {
        dir = TempDirectories.create("replay");
        try (ChronicleJournal journal = ChronicleJournal.open(dir)) {
            for (int s = 0; s < EVENTS / 3; s++) {
                JournalSamples.session(s).forEach(journal::append);
            }
        }
    }

    @TearDown(Level.Trial)
    public void deleteJournal() {
        TempDirectories.delete(dir);
    }

    @Benchmark
    public long scan(Blackhole events) {
        long decoded = 0;
        try (JournalReader reader = JournalReader.open(dir)) {
            for (JournalEvent e = reader.next(); e != null; e = reader.next()) {
                events.consume(e);
                decoded++;
            }
        }
        if (decoded != EVENTS) {
            throw new IllegalStateException("scanned " + decoded + " events, wrote " + EVENTS);
        }
        return decoded;
    }
}
