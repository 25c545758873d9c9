package dev.warden.agent.cli;

import dev.warden.agent.journal.JournalEvent;
import dev.warden.agent.replay.Replay;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Policy events belong to no session, so they get their own listing rather than a pseudo-session. */
@Command(name = "policy", mixinStandardHelpOptions = true, versionProvider = WardenVersion.class,
    description = "List policy reloads: each set put in force and each set rejected, oldest first.")
final class ReplayPolicyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    JournalOptions options;

    @Override
    public Integer call() throws Exception {
        Replay.PolicyHistory history = Replay.policyHistory(options.journal());
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            try (JsonLines json = new JsonLines(out)) {
                for (JournalEvent e : history.events()) {
                    json.policyEvent(e);
                }
            }
        } else {
            printText(out, history.events());
        }
        Notes.skipped(spec, history.skipped());
        return ExitStatus.OK;
    }

    private static void printText(PrintWriter out, List<JournalEvent> events) {
        if (events.isEmpty()) {
            out.println("no policy reloads");
            return;
        }
        TextTable table = new TextTable("TIME (UTC)", "EVENT", "DETAILS");
        for (JournalEvent e : events) {
            table.row(TextFormat.time(Replay.toInstant(e.epochMicros())), TextFormat.type(e), TextFormat.details(e));
        }
        table.print(out);
    }
}
