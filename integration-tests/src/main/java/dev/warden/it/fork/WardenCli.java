package dev.warden.it.fork;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the agent jar as the command-line tool: {@code java -jar warden-agent.jar <args>}. */
public final class WardenCli {

    private static final Duration DEADLINE = Duration.ofMinutes(2);

    private final Path agentJar;

    public WardenCli(Path agentJar) {
        this.agentJar = agentJar;
    }

    /** The outcome of one run. */
    public record Result(List<String> command, int exitCode, String stdout, String stderr) {

        /** For failure messages: the command and everything it printed. */
        public String describe() {
            return "`" + String.join(" ", command) + "` exited " + exitCode + "\n--- stdout ---\n" + stdout
                + "--- stderr ---\n" + stderr;
        }
    }

    /** Runs the CLI to completion (killed past a two-minute deadline). */
    public Result run(String... args) throws IOException, InterruptedException {
        List<String> command = JavaCommand.current().jar(agentJar, args);
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close(); // the child reads nothing from us
        OutputCollector out = new OutputCollector(process.getInputStream(), "cli-stdout-" + process.pid(), line -> { }, () -> { });
        OutputCollector err = new OutputCollector(process.getErrorStream(), "cli-stderr-" + process.pid(), line -> { }, () -> { });
        if (!process.waitFor(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            out.awaitEnd(5_000);
            err.awaitEnd(5_000);
            return new Result(command, -1, out.text(), err.text() + "\n(killed: still running after " + DEADLINE + ")");
        }
        out.awaitEnd(10_000);
        err.awaitEnd(10_000);
        return new Result(command, process.exitValue(), out.text(), err.text());
    }
}
