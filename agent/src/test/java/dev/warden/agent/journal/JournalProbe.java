package dev.warden.agent.journal;

import java.nio.file.Path;

/** Run in a forked JVM by {@link JournalForkedJvmTest}: opens a journal, appends, reports on stdout. */
public final class JournalProbe {

    private JournalProbe() {
    }

    public static void main(String[] args) {
        try (ChronicleJournal journal = ChronicleJournal.open(Path.of(args[0]))) {
            journal.append(JournalEvents.started("probe", 1));
            System.out.println("appended");
        } catch (JournalException e) {
            System.out.println("JournalException: " + e.getMessage());
        }
        System.out.println("chronicle.analytics.disable=" + System.getProperty("chronicle.analytics.disable"));
        System.out.println("system.properties=" + System.getProperty("system.properties"));
        System.out.println("leaked=" + System.getProperty("warden.probe.leaked"));
    }
}
