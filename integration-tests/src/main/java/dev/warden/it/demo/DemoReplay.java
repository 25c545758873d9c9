package dev.warden.it.demo;

import dev.warden.it.fork.ProcessRun;
import dev.warden.it.fork.WardenCli;
import dev.warden.it.replay.SessionListing;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** Reads the demo's journal back with the replay CLI and prints what it says. */
final class DemoReplay {

    private final WardenCli cli;
    private final String journal;
    private final PrintStream out;

    DemoReplay(Path agentJar, Path journal, PrintStream out) {
        this.cli = new WardenCli(agentJar);
        this.journal = journal.toString();
        this.out = out;
    }

    /** @return true when every replay command succeeded */
    boolean run() throws IOException, InterruptedException {
        ProcessRun.Result summary = show("replay", "summary", "--journal", journal);
        ProcessRun.Result sessions = cli.run("replay", "sessions", "--json", "--journal", journal);
        if (sessions.exitCode() != 0) {
            out.println(sessions.describe());
            return false;
        }
        List<SessionListing.Session> listed = SessionListing.parse(sessions.stdout());
        out.printf("replay sessions --json: %,d sessions%n", listed.size());
        String id = pick(listed);
        if (id == null) {
            out.println("UNEXPECTED: the journal lists no session with an id");
            return false;
        }
        ProcessRun.Result shown = show("replay", "show", id, "--journal", journal);
        return summary.exitCode() == 0 && shown.exitCode() == 0;
    }

    /** A denied session makes the more telling timeline; any session will do. */
    private static String pick(List<SessionListing.Session> sessions) {
        return sessions.stream().filter(s -> "deny".equals(s.decision()) && s.id() != null)
            .map(SessionListing.Session::id).findFirst()
            .orElse(sessions.stream().map(SessionListing.Session::id).filter(id -> id != null).findFirst().orElse(null));
    }

    private ProcessRun.Result show(String... args) throws IOException, InterruptedException {
        out.println();
        out.println("$ java -jar warden-agent.jar " + String.join(" ", args));
        ProcessRun.Result result = cli.run(args);
        out.print(result.stdout());
        if (result.exitCode() != 0) {
            out.print(result.stderr());
            out.println("(exit " + result.exitCode() + ")");
        }
        return result;
    }
}
