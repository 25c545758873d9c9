package dev.warden.it.bench.jmh;

import dev.warden.agent.journal.ChronicleJournal;
import dev.warden.agent.journal.JournalEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Journal throughput at 1, 8 and 64 appending threads, as the machine sees it: each invocation
 * hands a batch of {@value #BATCH} events to that many threads (a share each) and waits until all
 * are appended to the {@link FreshJournal}, so the score is events per second of wall-clock time.
 * Not JMH's own {@code @Threads} in throughput mode: that sums per-thread rates over per-thread
 * windows, which with more threads than cores and a lock in the way adds up to impossible figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(JournalThroughputBenchmark.BATCH)
@Fork(jvmArgsAppend = {ChronicleAccess.EXPORT_NIO, ChronicleAccess.EXPORT_REF, ChronicleAccess.OPEN_REFLECT})
public class JournalThroughputBenchmark {

    public static final int BATCH = 64 * 192; // divides evenly among 1, 8 and 64 threads

    @Param({"1", "8", "64"})
    public int threads;

    private ExecutorService appenders;
    private JournalEvent[] events;

    @Setup(Level.Trial)
    public void startThreads() {
        appenders = Executors.newFixedThreadPool(threads);
        List<JournalEvent> all = new ArrayList<>();
        for (int s = 0; s < BATCH / 3; s++) {
            all.addAll(JournalSamples.session(s));
        }
        events = all.toArray(new JournalEvent[0]);
    }

    @TearDown(Level.Trial)
    public void stopThreads() {
        appenders.shutdownNow();
    }

    @Benchmark
    public void appendBatch(FreshJournal fresh) throws InterruptedException, ExecutionException {
        ChronicleJournal journal = fresh.journal();
        int share = BATCH / threads;
        List<Future<?>> running = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            int from = t * share;
            running.add(appenders.submit(() -> {
                for (int i = from; i < from + share; i++) {
                    journal.append(events[i]);
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
    }
}
