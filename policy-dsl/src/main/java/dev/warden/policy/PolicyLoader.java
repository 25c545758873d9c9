package dev.warden.policy;

import java.nio.file.Path;
import java.util.List;

/** Reads, checks and compiles policy files into a {@link PolicySet}. */
public final class PolicyLoader {

    private PolicyLoader() {
    }

    /**
     * Loads every path (a {@code .policy} file, or a directory whose {@code .policy} files are read
     * in name order) as one policy set, checked together.
     *
     * @throws PolicyException with every problem found, each with file:line:col
     */
    public static PolicySet load(List<Path> paths) throws PolicyException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Compiles one in-memory source; {@code fileName} is used in diagnostics. */
    public static PolicySet parse(String fileName, String source) throws PolicyException {
        throw new UnsupportedOperationException("not yet");
    }
}
