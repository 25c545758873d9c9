package dev.warden.it.sample;

import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One splitter per (size, overlap), built on first use and shared by every request after it.
 * Building LangChain4j's recursive splitter loads OpenNLP's sentence model from its jar (several
 * milliseconds, most of a request's CPU when it was built per request). Sharing it is safe: its
 * fields are final apart from a lazily built overlap splitter (a benign race: at worst two threads
 * each build one), and each {@code split} call keeps its state in locals, with a new OpenNLP
 * {@code SentenceDetectorME} per call over the shared, read-only model. Bounded, so a client that
 * asks for many sizes cannot grow it without limit: past {@link #MAX_CACHED} sizes a request gets a
 * splitter of its own, as before.
 */
final class Splitters {

    static final int MAX_CACHED = 64;

    private record Shape(int size, int overlap) {
    }

    private final ConcurrentMap<Shape, DocumentSplitter> cached = new ConcurrentHashMap<>();
    private final AtomicLong bodyRuns;

    Splitters(AtomicLong bodyRuns) {
        this.bodyRuns = bodyRuns;
    }

    /** The application's counting splitter over LangChain4j's recursive one, for these settings. */
    DocumentSplitter forShape(int size, int overlap) {
        Shape shape = new Shape(size, overlap);
        DocumentSplitter known = cached.get(shape);
        if (known != null) {
            return known;
        }
        DocumentSplitter built = build(size, overlap);
        if (cached.size() >= MAX_CACHED) {
            return built;
        }
        DocumentSplitter raced = cached.putIfAbsent(shape, built);
        return raced != null ? raced : built;
    }

    int cachedShapes() {
        return cached.size();
    }

    private DocumentSplitter build(int size, int overlap) {
        return new CountingSplitter(DocumentSplitters.recursive(size, overlap), bodyRuns);
    }
}
