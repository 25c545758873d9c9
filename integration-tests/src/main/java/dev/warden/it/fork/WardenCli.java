package dev.warden.it.fork;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** Runs the agent jar as the command-line tool: {@code java -jar warden-agent.jar <args>}. */
public final class WardenCli {

    private static final Duration DEADLINE = Duration.ofMinutes(2);

    private final Path agentJar;

    public WardenCli(Path agentJar) {
        this.agentJar = agentJar;
    }

    /** Runs the CLI to completion (killed past a two-minute deadline). */
    public ProcessRun.Result run(String... args) throws IOException, InterruptedException {
        return ProcessRun.run(JavaCommand.current().jar(agentJar, args), DEADLINE);
    }
}
