package dev.warden.agent.cli;

import dev.warden.agent.replay.IdentityDecisionCount;
import dev.warden.agent.replay.Replay;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "summary", mixinStandardHelpOptions = true, versionProvider = WardenVersion.class,
    description = "Count sessions per identity and overall decision.")
final class ReplaySummaryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    JournalOptions options;

    @Override
    public Integer call() throws Exception {
        Replay.Sessions sessions = Replay.sessions(options.journal());
        List<IdentityDecisionCount> counts = IdentityDecisionCount.count(sessions.list());
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            try (JsonLines json = new JsonLines(out)) {
                for (IdentityDecisionCount c : counts) {
                    json.count(c);
                }
            }
        } else if (counts.isEmpty()) {
            out.println("no sessions");
        } else {
            TextTable table = new TextTable("IDENTITY", "DECISION", "SESSIONS");
            counts.forEach(c -> table.row(TextFormat.cell(c.identity()), c.decision(), Long.toString(c.sessions())));
            table.print(out);
            out.println("total " + sessions.list().size() + " sessions");
        }
        Notes.skipped(spec, sessions.skipped());
        return ExitStatus.OK;
    }
}
