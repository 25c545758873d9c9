package dev.warden.agent.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.agent.journal.ChronicleJournal;
import dev.warden.agent.journal.JournalEvent;
import dev.warden.agent.journal.JournalEvent.PolicyChanged;
import dev.warden.agent.journal.JournalEvent.PolicyRejected;
import dev.warden.agent.journal.JournalReader;
import dev.warden.agent.log.WardenLog;
import dev.warden.policy.PolicyLoader;
import dev.warden.policy.EntryPointPattern;
import dev.warden.policy.PolicySet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloads of real policy files through the real loader, recorded in a real journal. */
class PolicyReloaderTest {

    static final String IDENTITIES = """
        identity ingest {
            issuer  "https://issuer.warden.test"
            subject "svc-ingest@warden.test"
        }
        entrypoint split_text {
            method "com.example.Splitter#split"
        }
        """;
    static final String RULES = """
        permit ingest_may_split {
            principal ingest
            call      split_text
        }
        """;


    static final String V1 = IDENTITIES + RULES;
    static final String V2 = V1 + """
        forbid nobody_at_night {
            principal ingest
            call      split_text
            when      arg.size > 1000000
        }
        """;
    /** Line 8, column 1: {@code permitt} is not a keyword. */
    static final String BROKEN = V1.replace("permit ingest_may_split", "permitt ingest_may_split");

    @TempDir
    Path tmp;
    Path dir;
    Path file;
    ChronicleJournal journal;
    final List<PolicySet[]> swaps = new ArrayList<>();

    @BeforeAll
    static void quiet() {
        WardenLog.setThreshold(WardenLog.Level.OFF);
    }

    @BeforeEach
    void setUp() throws Exception {
        dir = Files.createDirectory(tmp.resolve("policies"));
        file = dir.resolve("x.policy");
        journal = ChronicleJournal.open(tmp.resolve("journal"));
    }

    @AfterEach
    void closeJournal() {
        journal.close();
    }

    private PolicyReloader reloader(PolicyHolder holder, boolean enforce) {
        return new PolicyReloader(List.of(dir), holder, journal, enforce, (before, after) -> swaps.add(new PolicySet[] {before, after}));
    }

    private PolicyHolder startedWith(String text) throws Exception {
        Files.writeString(file, text);
        return PolicyLoading.atStart(List.of(dir), true);
    }

    private List<JournalEvent> journaled() {
        List<JournalEvent> events = new ArrayList<>();
        try (JournalReader reader = JournalReader.open(tmp.resolve("journal"))) {
            reader.forEachRemaining(events::add);
        }
        return events;
    }

    @Test
    void aGoodChangeIsJournaledSwappedInAndReportedWithBothRevisionsAndTheFileCount() throws Exception {
        PolicyHolder holder = startedWith(V1);
        PolicySet v1 = holder.current();
        Files.writeString(file, V2);

        ReloadOutcome outcome = reloader(holder, true).reload();

        String v2 = PolicyLoader.load(List.of(dir)).revision();
        assertEquals(ReloadOutcome.Kind.ACCEPTED, outcome.kind());
        assertEquals(v2, holder.current().revision());
        assertEquals("policy reloaded: " + v1.revision() + " -> " + v2 + " (1 files)", outcome.summary());
        assertEquals(1, journaled().size());
        PolicyChanged changed = (PolicyChanged) journaled().get(0);
        assertEquals(List.of(v1.revision(), v2, 1), List.of(changed.oldRevision(), changed.newRevision(), changed.files()));
        assertEquals(1, swaps.size());
        assertSame(v1, swaps.get(0)[0]);
        assertSame(holder.current(), swaps.get(0)[1]);
    }

    @Test
    void aBadChangeKeepsTheSetInForceAndJournalsOnlyTheRejectedRevisionAndTheErrorCount() throws Exception {
        PolicyHolder holder = startedWith(V1);
        PolicySet v1 = holder.current();
        Files.writeString(file, BROKEN);

        ReloadOutcome outcome = reloader(holder, true).reload();

        assertEquals(ReloadOutcome.Kind.REJECTED, outcome.kind());
        assertSame(v1, holder.current());
        assertTrue(outcome.summary().contains(file + ":8:1: error["), outcome.summary());
        assertTrue(outcome.summary().contains("the policy in force stays (" + v1.revision() + ")"), outcome.summary());
        String rejected = PolicyLoader.check(List.of(dir)).revision();
        assertEquals(List.of(new PolicyRejected(journaled().get(0).epochMicros(), v1.revision(), rejected, 1, outcome.errors())),
            journaled());
        assertTrue(outcome.errors() >= 1);
        assertEquals(List.of(), swaps);
    }

    @Test
    void aGoodSetReplacesTheDenyAllStandInOfAFailedStart() throws Exception {
        PolicyHolder holder = startedWith(BROKEN);
        assertFalse(holder.loaded());
        Files.writeString(file, V1);

        ReloadOutcome outcome = reloader(holder, true).reload();

        assertEquals(ReloadOutcome.Kind.ACCEPTED, outcome.kind());
        assertTrue(holder.loaded());
        assertEquals(PolicyLoader.load(List.of(dir)).revision(), holder.current().revision());
        assertEquals("none", ((PolicyChanged) journaled().get(0)).oldRevision());
    }

    @Test
    void aRejectionWhileNoPolicyIsInForceSaysGuardedCallsStayDenied() throws Exception {
        PolicyHolder holder = startedWith(BROKEN);
        Files.writeString(file, BROKEN + "\n# still broken\n");

        ReloadOutcome outcome = reloader(holder, true).reload();

        assertEquals(ReloadOutcome.Kind.REJECTED, outcome.kind());
        assertFalse(holder.loaded());
        assertTrue(outcome.summary().contains("still no valid policy: every guarded call is DENIED"), outcome.summary());
        assertEquals("none", ((PolicyRejected) journaled().get(0)).keptRevision());
    }

    @Test
    void aRejectedSetEditedWhileNoPolicyIsInForceHasTheMethodsItNowNamesGuardedAndDenied() throws Exception {
        PolicyHolder holder = startedWith(BROKEN);
        EntryPointPattern added = new EntryPointPattern("com.example.Chunker", "chunk", null);
        assertFalse(holder.current().entryPoints().contains(added));
        Files.writeString(file, BROKEN + "\nentrypoint chunk_text {\n    method \"com.example.Chunker#chunk\"\n}\n");

        ReloadOutcome outcome = reloader(holder, true).reload();

        assertEquals(ReloadOutcome.Kind.REJECTED, outcome.kind());
        assertFalse(holder.loaded(), "still a deny-all stand-in");
        assertTrue(holder.current().entryPoints().contains(added), holder.current().entryPoints().toString());
        assertEquals(1, swaps.size(), "instrumentation must follow the wider stand-in");
        assertSame(holder.current(), swaps.get(0)[1]);
    }

    @Test
    void textThatDidNotChangeIsNeitherReloadedNorJournaled() throws Exception {
        PolicyHolder holder = startedWith(V1);
        PolicySet v1 = holder.current();

        ReloadOutcome outcome = reloader(holder, true).reload();

        assertEquals(ReloadOutcome.Kind.UNCHANGED, outcome.kind());
        assertSame(v1, holder.current());
        assertEquals(List.of(), journaled());
        assertEquals(List.of(), swaps);
    }

    @Test
    void aDeletedPolicyDirectoryIsRejectedAndTheLastGoodSetStays() throws Exception {
        PolicyHolder holder = startedWith(V1);
        PolicySet v1 = holder.current();
        Files.delete(file);
        Files.delete(dir);

        ReloadOutcome outcome = reloader(holder, true).reload();

        assertEquals(ReloadOutcome.Kind.REJECTED, outcome.kind());
        assertSame(v1, holder.current());
        assertTrue(outcome.summary().contains(dir + ": error["), outcome.summary());
    }

    @Test
    void aJournalThatCannotBeWrittenDoesNotStopAGoodSetFromComingIntoForce() throws Exception {
        PolicyHolder holder = startedWith(V1);
        Files.writeString(file, V2);
        journal.close();

        ReloadOutcome outcome = reloader(holder, true).reload();

        assertEquals(ReloadOutcome.Kind.ACCEPTED, outcome.kind());
        assertEquals(PolicyLoader.load(List.of(dir)).revision(), holder.current().revision());
    }
}
