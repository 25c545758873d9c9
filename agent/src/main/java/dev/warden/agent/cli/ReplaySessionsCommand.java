package dev.warden.agent.cli;

import dev.warden.agent.replay.Identities;
import dev.warden.agent.replay.Replay;
import dev.warden.agent.replay.SessionSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sessions", mixinStandardHelpOptions = true, versionProvider = WardenVersion.class,
    description = "List sessions, oldest first, one per line.")
final class ReplaySessionsCommand implements Callable<Integer> {

    /** The overall decision of a session, as {@code --decision} accepts it. */
    enum DecisionFilter { permit, approval_required, deny, none }

    @Spec
    CommandSpec spec;

    @Mixin
    JournalOptions options;

    @Option(names = "--identity", paramLabel = "X",
        description = "Only sessions of this identity: a subject, 'anonymous', 'unknown', or 'rejected' (any reason).")
    String identity;

    @Option(names = "--decision", paramLabel = "permit|approval_required|deny|none",
        description = "Only sessions whose overall decision is this (deny if any call was denied, else "
            + "approval_required if any call needed an approval).")
    DecisionFilter decision;

    @Override
    public Integer call() throws Exception {
        Replay.Sessions sessions = Replay.sessions(options.journal());
        List<SessionSummary> selected = sessions.list().stream().filter(this::selected).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            try (JsonLines json = new JsonLines(out)) {
                for (SessionSummary s : selected) {
                    json.session(s);
                }
            }
        } else {
            printText(out, selected);
        }
        Notes.skipped(spec, sessions.skipped());
        return ExitStatus.OK;
    }

    private boolean selected(SessionSummary s) {
        return (identity == null || Identities.matches(s.identity(), identity))
            && (decision == null || decision.name().equals(s.decision()));
    }

    private static void printText(PrintWriter out, List<SessionSummary> sessions) {
        if (sessions.isEmpty()) {
            out.println("no sessions");
            return;
        }
        TextTable table = new TextTable("SESSION", "START (UTC)", "IDENTITY", "SOURCE", "DECISION", "RULES",
            "OUTCOME", "DURATION", "TARGETS");
        for (SessionSummary s : sessions) {
            table.row(TextFormat.cell(s.sessionId()), TextFormat.time(s.start()), TextFormat.cell(s.identity()),
                TextFormat.orNone(s.source()), s.decision(), TextFormat.list(s.ruleIds()), TextFormat.cell(s.outcome()),
                TextFormat.duration(s.duration()),
                TextFormat.list(s.targets()));
        }
        table.print(out);
    }
}
