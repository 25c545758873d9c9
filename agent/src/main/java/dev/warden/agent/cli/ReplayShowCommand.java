package dev.warden.agent.cli;

import dev.warden.agent.journal.JournalEvent;
import dev.warden.agent.replay.Replay;
import dev.warden.agent.replay.SessionAggregator;
import dev.warden.agent.replay.SessionSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = WardenVersion.class,
    description = "Show one session as a timeline: one line per event with its offset from the session's first event.")
final class ReplayShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    JournalOptions options;

    @Parameters(index = "0", paramLabel = "SESSION-ID", description = "The session to show (see 'replay sessions').")
    String sessionId;

    @Override
    public Integer call() throws Exception {
        Replay.Timeline timeline = Replay.timeline(options.journal(), sessionId);
        List<JournalEvent> events = timeline.events();
        if (events.isEmpty()) {
            throw new CliException(ExitStatus.NOT_FOUND, "no session '" + sessionId + "' in the journal at "
                + options.dir.toAbsolutePath().normalize() + " (list them with 'warden replay sessions')");
        }
        PrintWriter out = spec.commandLine().getOut();
        long first = events.get(0).epochMicros();
        if (options.json) {
            try (JsonLines json = new JsonLines(out)) {
                for (JournalEvent e : events) {
                    json.event(e, e.epochMicros() - first);
                }
            }
        } else {
            printText(out, events, first);
        }
        Notes.skipped(spec, timeline.skipped());
        return ExitStatus.OK;
    }

    private static void printText(PrintWriter out, List<JournalEvent> events, long first) {
        SessionAggregator aggregator = new SessionAggregator();
        events.forEach(aggregator);
        SessionSummary s = aggregator.sessions().get(0);
        out.println("session " + TextFormat.cell(s.sessionId()) + "  identity " + TextFormat.cell(s.identity())
            + "  started " + TextFormat.time(s.start()) + "  decision " + s.decision()
            + "  outcome " + TextFormat.cell(s.outcome()));
        TextTable table = new TextTable("OFFSET", "EVENT", "DETAILS");
        for (JournalEvent e : events) {
            table.row("+" + TextFormat.millis((e.epochMicros() - first) * 1_000L), TextFormat.type(e),
                TextFormat.details(e));
        }
        table.print(out);
    }
}
