package dev.warden.agent.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The policy set a {@code policy} command works on: files and directories, as the agent's {@code policy=} takes them. */
final class PolicyPaths {

    @Parameters(arity = "1..*", paramLabel = "PATH",
        description = "A .policy file, or a directory whose .policy files (not its subdirectories') form the set. "
            + "All paths together are one set: names are shared across its files.")
    List<Path> paths;
}
