package dev.warden.it.sample;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.segment.TextSegment;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The application's own {@link DocumentSplitter}: counts each time its body really runs, then
 * delegates to the real splitter. Warden guards {@code DocumentSplitter} implementations, so
 * {@link #split} is the checked entry point; a denied call throws before the first statement, so
 * the count proves that the body never ran. The delegate called inside is nested and not checked
 * again.
 */
final class CountingSplitter implements DocumentSplitter {

    private final DocumentSplitter delegate;
    private final AtomicLong bodyRuns;

    CountingSplitter(DocumentSplitter delegate, AtomicLong bodyRuns) {
        this.delegate = delegate;
        this.bodyRuns = bodyRuns;
    }

    @Override
    public List<TextSegment> split(Document document) {
        bodyRuns.incrementAndGet();
        return delegate.split(document);
    }
}
