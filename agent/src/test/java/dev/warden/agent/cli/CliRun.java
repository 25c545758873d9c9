package dev.warden.agent.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the CLI with its exit status and captured output. */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = WardenCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(status, out.toString(), err.toString());
    }

    String[] outLines() {
        return out.isEmpty() ? new String[0] : out.split("\n");
    }
}
