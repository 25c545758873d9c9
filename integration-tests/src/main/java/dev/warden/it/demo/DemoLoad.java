package dev.warden.it.demo;

import dev.warden.it.client.ChunkingClient;
import dev.warden.it.corpus.CorpusDocument;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends documents to the service from a few concurrent clients. Identities alternate per
 * document: even positions carry the first token, odd positions the second.
 */
final class DemoLoad {

    private final ChunkingClient client;
    private final List<String> tokens;
    private final DemoSettings settings;
    private final PrintStream out;
    private final DemoTotals totals = new DemoTotals();
    private final AtomicInteger position = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();

    DemoLoad(ChunkingClient client, List<String> tokens, DemoSettings settings, PrintStream out) {
        this.client = client;
        this.tokens = List.copyOf(tokens);
        this.settings = settings;
        this.out = out;
    }

    /** Sends every document {@code documents} yields; {@code expected} only paces the progress lines. */
    DemoTotals run(Iterator<CorpusDocument> documents, int expected) throws InterruptedException {
        int progressEvery = Math.max(1, expected / 10);
        ExecutorService clients = Executors.newFixedThreadPool(settings.clients());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < settings.clients(); i++) {
                running.add(clients.submit(() -> sendAll(documents, expected, progressEvery)));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a demo client failed: " + e.getCause(), e.getCause());
        } finally {
            clients.shutdownNow();
        }
        return totals;
    }

    String firstFailure() {
        return firstFailure.get();
    }

    private Void sendAll(Iterator<CorpusDocument> documents, int expected, int progressEvery) throws InterruptedException {
        while (true) {
            CorpusDocument document;
            int index;
            synchronized (documents) {
                if (!documents.hasNext()) {
                    return null;
                }
                document = documents.next();
                index = position.getAndIncrement();
            }
            send(document, tokens.get(index % tokens.size()));
            int done = completed.incrementAndGet();
            if (done % progressEvery == 0) {
                out.printf("progress %,7d/%,d  %s%n", done, expected, totals.line());
            }
        }
    }

    private void send(CorpusDocument document, String token) throws InterruptedException {
        if (document.containsPersonalData()) {
            totals.withPersonalData.increment();
        }
        try {
            ChunkingClient.Reply reply = client.chunk(token, document.text(), settings.chunkSize(), settings.chunkOverlap());
            totals.record(reply.status(), reply.json().path("count").asInt());
            if (reply.status() != 200 && reply.status() != 403) {
                firstFailure.compareAndSet(null, document.id() + ": HTTP " + reply.status() + " " + reply.body());
            }
        } catch (IOException e) {
            totals.record(-1, 0);
            firstFailure.compareAndSet(null, document.id() + ": " + e);
        }
    }
}
