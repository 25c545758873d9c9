package dev.warden.it.bench.jmh;

import dev.warden.agent.journal.JournalEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The latency of one {@code ChronicleJournal.append} of a real session event into a real journal
 * ({@link FreshJournal}), as application threads see it. The suite runs it at 1, 8 and 64 threads; throughput is measured by
 * {@link JournalThroughputBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(jvmArgsAppend = {ChronicleAccess.EXPORT_NIO, ChronicleAccess.EXPORT_REF, ChronicleAccess.OPEN_REFLECT})
public class JournalAppendBenchmark {

    /** Each thread appends its own sessions' events in turn. */
    @State(Scope.Thread)
    public static class Events {
        private JournalEvent[] events;
        private int next;

        @Setup(Level.Trial)
        public void prepare() {
            List<JournalEvent> all = new ArrayList<>();
            for (int s = 0; s < 64; s++) {
                all.addAll(JournalSamples.session(s));
            }
            events = all.toArray(new JournalEvent[0]);
        }

        JournalEvent next() {
            JournalEvent e = events[next];
            next = next + 1 == events.length ? 0 : next + 1;
            return e;
        }
    }

    @Benchmark
    public void append(FreshJournal journal, Events events) {
        journal.journal().append(events.next());
    }
}
