package dev.warden.it.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Replaces the figures in docs/benchmarks.md: the text between two marker comments. */
final class DocsBlock {

    static final String BEGIN = "<!-- benchmark-results:begin (written by BenchmarkSuite --update-docs) -->";
    static final String END = "<!-- benchmark-results:end -->";

    private DocsBlock() {
    }

    static void replace(Path docs, String markdown) throws IOException {
        String text = Files.readString(docs, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(docs + " has no results block: put the lines\n" + BEGIN + "\n" + END
                + "\nwhere the figures belong");
        }
        String updated = text.substring(0, begin + BEGIN.length()) + "\n" + markdown + text.substring(end);
        Files.writeString(docs, updated, StandardCharsets.UTF_8);
    }
}
