package dev.warden.it.fork;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command to completion, its output captured, killed past a deadline. */
public final class ProcessRun {

    private ProcessRun() {
    }

    /** The outcome of one run; {@code exitCode} is -1 when it was killed at the deadline. */
    public record Result(List<String> command, int exitCode, String stdout, String stderr) {

        public boolean succeeded() {
            return exitCode == 0;
        }

        /** For failure messages: the command and everything it printed. */
        public String describe() {
            return "`" + String.join(" ", command) + "` exited " + exitCode + "\n--- stdout ---\n" + stdout
                + "--- stderr ---\n" + stderr;
        }
    }

    public static Result run(List<String> command, Duration deadline) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close(); // the child reads nothing from us
        OutputCollector out = new OutputCollector(process.getInputStream(), "run-stdout-" + process.pid(), line -> { }, () -> { });
        OutputCollector err = new OutputCollector(process.getErrorStream(), "run-stderr-" + process.pid(), line -> { }, () -> { });
        boolean exited;
        try {
            exited = process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly(); // no orphan outlives an interrupted caller
            throw e;
        }
        if (!exited) {
            process.destroyForcibly().waitFor();
            out.awaitEnd(5_000);
            err.awaitEnd(5_000);
            return new Result(command, -1, out.text(), err.text() + "\n(killed: still running after " + deadline + ")");
        }
        out.awaitEnd(10_000);
        err.awaitEnd(10_000);
        return new Result(command, process.exitValue(), out.text(), err.text());
    }
}
