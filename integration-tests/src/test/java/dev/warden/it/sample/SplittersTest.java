package dev.warden.it.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import dev.warden.it.corpus.Europarl;
import dev.warden.it.corpus.EuroparlDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample's shared splitters answer exactly what a splitter built per request answered. */
class SplittersTest {

    private static List<String> documents;

    @BeforeAll
    static void readCorpus() {
        try (Stream<EuroparlDocument> all = Europarl.documents()) {
            documents = all.limit(60).map(EuroparlDocument::body).toList();
        }
    }

    private static List<String> split(DocumentSplitter splitter, String text) {
        return splitter.split(Document.from(text)).stream().map(TextSegment::text).toList();
    }

    @Test
    void oneSplitterPerSizeAndOverlap() {
        Splitters splitters = new Splitters(new AtomicLong());

        assertSame(splitters.forShape(500, 50), splitters.forShape(500, 50));
        assertNotSame(splitters.forShape(500, 50), splitters.forShape(500, 40));
        assertNotSame(splitters.forShape(500, 50), splitters.forShape(400, 50));
        assertEquals(3, splitters.cachedShapes());
    }

    @Test
    void aSharedSplitterReturnsWhatAFreshOneReturnsAndCountsEveryRun() {
        AtomicLong runs = new AtomicLong();
        Splitters splitters = new Splitters(runs);

        for (String text : documents) {
            assertEquals(split(DocumentSplitters.recursive(300, 30), text), split(splitters.forShape(300, 30), text));
        }
        assertEquals(documents.size(), runs.get());
    }

    @Test
    void threadsSplittingAtOnceWithOneSplitterGetWhatFreshSplittersGive() throws Exception {
        List<List<String>> expected = new ArrayList<>();
        for (String text : documents) {
            expected.add(split(DocumentSplitters.recursive(200, 20), text));
        }
        DocumentSplitter shared = new Splitters(new AtomicLong()).forShape(200, 20);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String text : documents) {
                    results.add(pool.submit(() -> split(shared, text)));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % documents.size()), results.get(i).get(), "document " + i % documents.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pastTheBoundRequestsGetASplitterOfTheirOwnThatStillCounts() {
        AtomicLong runs = new AtomicLong();
        Splitters splitters = new Splitters(runs);
        for (int size = 100; size < 100 + Splitters.MAX_CACHED; size++) {
            splitters.forShape(size, 10);
        }

        DocumentSplitter extra = splitters.forShape(1000, 10);

        assertEquals(Splitters.MAX_CACHED, splitters.cachedShapes());
        assertNotSame(extra, splitters.forShape(1000, 10));
        assertEquals(split(DocumentSplitters.recursive(1000, 10), documents.get(0)), split(extra, documents.get(0)));
        assertEquals(1, runs.get());
    }
}
