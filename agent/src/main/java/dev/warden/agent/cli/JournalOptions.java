package dev.warden.agent.cli;

import dev.warden.agent.journal.JournalReader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every journal-reading command shares. */
final class JournalOptions {

    static final String DEFAULT_DIR = "./warden-journal";

    @Option(names = "--journal", paramLabel = "DIR", defaultValue = DEFAULT_DIR,
        description = "Journal directory (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--json", description = "Print JSON Lines (one JSON object per line) instead of text.")
    boolean json;

    /**
     * The journal directory, or a usage error saying where no journal was found and how to name the
     * right directory: the reader's own error knows nothing of {@code --journal} or its default.
     */
    Path journal() {
        Path absolute = dir.toAbsolutePath().normalize();
        String missing = JournalReader.missing(absolute);
        if (missing != null) {
            String which = dir.equals(Path.of(DEFAULT_DIR)) ? " (the default, " + DEFAULT_DIR + ")" : "";
            throw new CliException(ExitStatus.USAGE, "no journal at " + absolute + which + ": " + missing
                + "; give the directory the agent writes its journal to (its 'journal' setting) with --journal DIR");
        }
        return dir;
    }
}
