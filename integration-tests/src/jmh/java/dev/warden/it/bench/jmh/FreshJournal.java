package dev.warden.it.bench.jmh;

import dev.warden.agent.journal.ChronicleJournal;
import dev.warden.it.bench.TempDirectories;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A real journal in a temporary directory, opened fresh for every iteration and removed after it,
 * so that appending at millions of events per second does not fill the disk.
 */
@State(Scope.Benchmark)
public class FreshJournal {

    private Path dir;
    private ChronicleJournal journal;

    @Setup(Level.Iteration)
    public void open() {
        dir = TempDirectories.create("journal");
        journal = ChronicleJournal.open(dir);
    }

    @TearDown(Level.Iteration)
    public void close() {
        journal.close();
        TempDirectories.delete(dir);
    }

    ChronicleJournal journal() {
        return journal;
    }
}
