package dev.warden.agent.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every journal-reading command shares. */
final class JournalOptions {

    static final String DEFAULT_DIR = "./warden-journal";

    @Option(names = "--journal", paramLabel = "DIR", defaultValue = DEFAULT_DIR,
        description = "Journal directory (default: ${DEFAULT-VALUE}).")
    Path journal;

    @Option(names = "--json", description = "Print JSON Lines (one JSON object per line) instead of text.")
    boolean json;
}
