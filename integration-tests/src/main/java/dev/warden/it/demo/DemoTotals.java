package dev.warden.it.demo;

import java.util.concurrent.atomic.LongAdder;

/** Counts of what the clients saw; updated from several client threads at once. */
final class DemoTotals {

    final LongAdder sent = new LongAdder();
    final LongAdder permitted = new LongAdder();
    final LongAdder denied = new LongAdder();
    final LongAdder rejected = new LongAdder();
    final LongAdder failed = new LongAdder();
    final LongAdder chunks = new LongAdder();
    final LongAdder withPersonalData = new LongAdder();

    void record(int status, int chunkCount) {
        sent.increment();
        switch (status) {
            case 200 -> {
                permitted.increment();
                chunks.add(chunkCount);
            }
            case 403 -> denied.increment();
            case 401 -> rejected.increment();
            default -> failed.increment();
        }
    }

    String line() {
        return String.format("permitted %,d  denied %,d  rejected %,d  failed %,d  chunks %,d",
            permitted.sum(), denied.sum(), rejected.sum(), failed.sum(), chunks.sum());
    }
}
