package dev.warden.agent.cli;

import picocli.CommandLine.Model.CommandSpec;

/** Remarks for the user on standard error that do not change the exit status. */
final class Notes {

    private Notes() {
    }

    static void skipped(CommandSpec spec, long skipped) {
        if (skipped > 0) {
            spec.commandLine().getErr().println("warden: note: skipped " + skipped
                + " journal entries this version cannot read (written by a newer Warden, or damaged)");
        }
    }
}
