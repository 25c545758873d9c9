package dev.warden.it.bench;

import dev.warden.it.fork.ProcessMemory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Samples a service's memory during the measured window of a load run: its resident set every
 * 250 ms (a cheap read of /proc), and its heap in use at three points (each a {@code jcmd}, itself
 * a JVM start, so few).
 */
final class MemorySampler {

    private static final long RSS_EVERY_MS = 250;
    private static final double[] HEAP_AT = {0.2, 0.5, 0.8};

    private final ProcessMemory memory;
    private final long pid;
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(2, r -> {
        Thread t = new Thread(r, "memory-sampler");
        t.setDaemon(true);
        return t;
    });
    private final List<ProcessMemory.Resident> resident = Collections.synchronizedList(new ArrayList<>());
    private final List<ProcessMemory.Heap> heap = Collections.synchronizedList(new ArrayList<>());
    private volatile Exception failure;

    /** What was sampled; medians over the window. */
    record Sample(double rssMiB, double anonymousMiB, double fileBackedMiB, double heapUsedMiB, double heapCommittedMiB,
                  int rssSamples, int heapSamples) {
    }

    MemorySampler(ProcessMemory memory, long pid) {
        this.memory = memory;
        this.pid = pid;
        // at finish, samples not yet due are dropped (the load is over) and one in flight completes
        timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Starts sampling after {@code warmup}, over {@code window}. */
    void start(Duration warmup, Duration window) {
        long from = warmup.toMillis();
        timer.scheduleAtFixedRate(this::sampleResident, from, RSS_EVERY_MS, TimeUnit.MILLISECONDS);
        for (double at : HEAP_AT) {
            timer.schedule(this::sampleHeap, from + (long) (at * window.toMillis()), TimeUnit.MILLISECONDS);
        }
    }

    /** Stops sampling; takes one sample of each kind now if the window produced none. */
    Sample finish() throws Exception {
        timer.shutdown();
        if (!timer.awaitTermination(90, TimeUnit.SECONDS)) {
            timer.shutdownNow();
            throw new IllegalStateException("a memory sample of pid " + pid + " did not finish within 90 s");
        }
        if (failure != null) {
            throw failure;
        }
        if (resident.isEmpty()) {
            sampleResident();
        }
        if (heap.isEmpty()) {
            sampleHeap();
        }
        if (failure != null) {
            throw failure;
        }
        return new Sample(mib(median(resident.stream().map(r -> (double) r.total()).toList())),
            mib(median(resident.stream().map(r -> (double) r.anonymous()).toList())),
            mib(median(resident.stream().map(r -> (double) r.fileBacked()).toList())),
            mib(median(heap.stream().map(h -> (double) h.used()).toList())),
            mib(median(heap.stream().map(h -> (double) h.committed()).toList())), resident.size(), heap.size());
    }

    private void sampleResident() {
        try {
            resident.add(ProcessMemory.resident(pid));
        } catch (Exception e) {
            failure = e;
        }
    }

    private void sampleHeap() {
        try {
            heap.add(memory.heap(pid));
        } catch (Exception e) {
            failure = e;
        }
    }

    private static double median(List<Double> values) {
        return Stats.median(values);
    }

    static double mib(double bytes) {
        return bytes / (1024 * 1024);
    }
}
