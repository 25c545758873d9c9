package dev.warden.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.agent.journal.ChronicleJournal;
import dev.warden.agent.journal.JournalEvent.DecisionMade;
import dev.warden.agent.journal.JournalEvent.SessionEnded;
import dev.warden.agent.journal.JournalEvent.SessionStarted;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WardenCliTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    String journal;

    @BeforeEach
    void writeJournal() {
        journal = SampleJournal.write(tmp.resolve("journal")).toString();
    }

    @Test
    void sessionsListsEverySessionInJournalOrderAsATable() {
        CliRun run = CliRun.of("replay", "sessions", "--journal", journal);
        assertEquals(0, run.status(), run.err());
        String[] lines = run.outLines();
        assertEquals(5, lines.length, run.out());
        assertTrue(lines[0].matches("SESSION +START \\(UTC\\) +IDENTITY +SOURCE +DECISION +RULES +OUTCOME +DURATION +TARGETS"),
            lines[0]);
        assertTrue(lines[1].matches("s-permit +2026-05-03 03:09:37\\.000000Z +svc-ingest@warden\\.test +http POST /chunk +permit"
            + " +ingest_may_split +ok +1\\.250ms +" + SampleJournal.SPLIT.replace(".", "\\.")), lines[1]);
        assertTrue(lines[2].matches("s-deny .* svc-reporting@warden\\.test +http POST /chunk +deny +reporting_never_splits +denied .*"),
            lines[2]);
        assertTrue(lines[3].matches("s-rejected .* rejected: expired +http POST /chunk +deny +- +rejected +0\\.100ms +http POST /chunk"),
            lines[3]);
        assertTrue(lines[4].matches("s-anon .* anonymous +call \\S+#split +permit +anyone_may_split +open +- +.*"), lines[4]);
        assertEquals("", run.err());
    }

    @Test
    void sessionsAsJsonLinesCarryEveryField() throws Exception {
        CliRun run = CliRun.of("replay", "sessions", "--journal", journal, "--json");
        assertEquals(0, run.status(), run.err());
        List<JsonNode> rows = parse(run.out());
        assertEquals(4, rows.size());
        JsonNode permit = rows.get(0);
        assertEquals("s-permit", permit.get("sessionId").asText());
        assertEquals("2026-05-03T03:09:37Z", permit.get("start").asText());
        assertEquals(SampleJournal.T0, permit.get("startEpochMicros").asLong());
        assertEquals("svc-ingest@warden.test", permit.get("identity").asText());
        assertEquals("http POST /chunk", permit.get("source").asText());
        assertEquals(SampleJournal.SPLIT, permit.get("targets").get(0).asText());
        assertEquals("permit", permit.get("decision").asText());
        assertEquals("ingest_may_split", permit.get("ruleIds").get(0).asText());
        assertEquals("ok", permit.get("outcome").asText());
        assertEquals(1_250_000L, permit.get("durationNanos").asLong());
        assertEquals(3, permit.get("events").asInt());
        JsonNode open = rows.get(3);
        assertEquals("open", open.get("outcome").asText());
        assertTrue(open.get("durationNanos").isNull());
    }

    @Test
    void sessionsFilterByIdentityAndDecision() throws Exception {
        assertEquals(List.of("s-deny", "s-rejected"), ids(CliRun.of("replay", "sessions", "--journal", journal, "--json",
            "--decision", "deny")));
        assertEquals(List.of("s-permit", "s-anon"), ids(CliRun.of("replay", "sessions", "--journal", journal,
            "--json", "--decision", "PERMIT")));
        assertEquals(List.of("s-permit"), ids(CliRun.of("replay", "sessions", "--journal", journal, "--json",
            "--identity", "svc-ingest@warden.test", "--decision", "permit")));
        assertEquals(List.of("s-rejected"), ids(CliRun.of("replay", "sessions", "--journal", journal, "--json",
            "--identity", "rejected")));
        assertEquals(List.of(), ids(CliRun.of("replay", "sessions", "--journal", journal, "--json",
            "--identity", "nobody")));
    }

    @Test
    void sessionsSaysSoWhenNothingMatches() {
        CliRun run = CliRun.of("replay", "sessions", "--journal", journal, "--identity", "nobody");
        assertEquals(0, run.status());
        assertEquals("no sessions\n", run.out());
    }

    @Test
    void showPrintsOneTimelineLinePerEventWithOffsets() {
        CliRun run = CliRun.of("replay", "show", "s-permit", "--journal", journal);
        assertEquals(0, run.status(), run.err());
        String[] lines = run.outLines();
        assertEquals(5, lines.length, run.out());
        assertEquals("session s-permit  identity svc-ingest@warden.test  started 2026-05-03 03:09:37.000000Z"
            + "  decision permit  outcome ok", lines[0]);
        assertTrue(lines[1].matches("OFFSET +EVENT +DETAILS"), lines[1]);
        assertTrue(lines[2].matches("\\+0\\.000ms +SessionStarted +source=\"http POST /chunk\" identity=verified"
            + " subject=svc-ingest@warden\\.test issuer=https://issuer\\.warden\\.test token=sha256:aa11"), lines[2]);
        assertTrue(lines[3].matches("\\+0\\.250ms +DecisionMade +target=\\S+#split effect=permit"
            + " rules=ingest_may_split mode=enforce revision=" + SampleJournal.REV1 + " reason=\"permitted by rule 'ingest_may_split'\""),
            lines[3]);
        assertTrue(lines[4].matches("\\+1\\.250ms +SessionEnded +outcome=ok duration=1\\.250ms"), lines[4]);
    }

    @Test
    void showQuotesValuesWithSpaces() {
        CliRun run = CliRun.of("replay", "show", "s-deny", "--journal", journal);
        assertTrue(run.out().contains("reason=\"forbidden by rule 'reporting_never_splits'\""), run.out());
    }

    @Test
    void showAsJsonLinesCarriesEveryEventField() throws Exception {
        CliRun run = CliRun.of("replay", "show", "s-deny", "--journal", journal, "--json");
        assertEquals(0, run.status(), run.err());
        List<JsonNode> events = parse(run.out());
        assertEquals(List.of("SessionStarted", "DecisionMade", "SessionEnded"),
            events.stream().map(e -> e.get("type").asText()).toList());
        JsonNode started = events.get(0);
        assertEquals("svc-reporting@warden.test", started.get("subject").asText());
        assertEquals("sha256:bb22", started.get("tokenFingerprint").asText());
        assertTrue(started.get("identityDetail").isNull());
        JsonNode decision = events.get(1);
        assertEquals(290, decision.get("offsetMicros").asLong());
        assertEquals(SampleJournal.T0 + 300, decision.get("epochMicros").asLong());
        assertEquals("deny", decision.get("effect").asText());
        assertEquals("reporting_never_splits", decision.get("ruleIds").get(0).asText());
        assertEquals(SampleJournal.REV1, decision.get("policyRevision").asText());
        assertEquals("enforce", decision.get("mode").asText());
        JsonNode ended = events.get(2);
        assertEquals("denied", ended.get("outcome").asText());
        assertEquals(390_000L, ended.get("durationNanos").asLong());
        assertTrue(ended.get("exceptionType").isNull(), ended.toString());
    }

    @Test
    void showOfAnUnknownSessionExitsOneWithOneLineOnStderr() {
        CliRun run = CliRun.of("replay", "show", "s-missing", "--journal", journal);
        assertEquals(1, run.status());
        assertEquals("", run.out());
        assertOneErrorLine(run, "warden: no session 's-missing' in the journal at ");
    }

    @Test
    void policyListsReloadsAndRejectionsInJournalOrderAsATable() {
        CliRun run = CliRun.of("replay", "policy", "--journal", journal);
        assertEquals(0, run.status(), run.err());
        String[] lines = run.outLines();
        assertEquals(3, lines.length, run.out());
        assertTrue(lines[0].matches("TIME \\(UTC\\) +EVENT +DETAILS"), lines[0]);
        assertTrue(lines[1].matches("2026-05-03 03:09:37\\.000500Z +PolicyRejected +kept=" + SampleJournal.REV1 + " rejected=sha256:bad0"
            + " files=2 errors=3"), lines[1]);
        assertTrue(lines[2].matches("2026-05-03 03:09:37\\.002500Z +PolicyChanged +from=" + SampleJournal.REV1 + " to=" + SampleJournal.REV2 + " files=2"), lines[2]);
    }

    @Test
    void policyAsJsonLinesCarriesEveryFieldAndNoSession() throws Exception {
        List<JsonNode> rows = parse(CliRun.of("replay", "policy", "--journal", journal, "--json").out());
        assertEquals(2, rows.size());
        JsonNode rejected = rows.get(0);
        assertEquals("PolicyRejected", rejected.get("type").asText());
        assertEquals("2026-05-03T03:09:37.000500Z", rejected.get("time").asText());
        assertEquals(SampleJournal.T0 + 500, rejected.get("epochMicros").asLong());
        assertEquals(SampleJournal.REV1, rejected.get("keptRevision").asText());
        assertEquals("sha256:bad0", rejected.get("rejectedRevision").asText());
        assertEquals(2, rejected.get("files").asInt());
        assertEquals(3, rejected.get("errors").asInt());
        JsonNode changed = rows.get(1);
        assertEquals("PolicyChanged", changed.get("type").asText());
        assertEquals(SampleJournal.REV1, changed.get("oldRevision").asText());
        assertEquals(SampleJournal.REV2, changed.get("newRevision").asText());
        assertEquals(2, changed.get("files").asInt());
        assertTrue(changed.path("sessionId").isMissingNode(), changed.toString());
    }

    @Test
    void policyEventsAreNeitherSessionsNorPartOfOne() {
        CliRun sessions = CliRun.of("replay", "sessions", "--journal", journal);
        assertEquals(5, sessions.outLines().length, sessions.out());
        assertTrue(!sessions.out().contains("Policy"), sessions.out());
        CliRun show = CliRun.of("replay", "show", "s-permit", "--journal", journal);
        assertTrue(!show.out().contains("Policy"), show.out());
    }

    @Test
    void policySaysSoWhenThereWereNoReloads() {
        Path empty = tmp.resolve("no-reloads");
        try (dev.warden.agent.journal.ChronicleJournal j = dev.warden.agent.journal.ChronicleJournal.open(empty)) {
            j.append(new dev.warden.agent.journal.JournalEvent.SessionEnded("s", SampleJournal.T0, 1, "ok", null));
        }
        CliRun run = CliRun.of("replay", "policy", "--journal", empty.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("no policy reloads", run.out().strip());
    }

    @Test
    void summaryCountsSessionsPerIdentityAndDecision() {
        CliRun run = CliRun.of("replay", "summary", "--journal", journal);
        assertEquals(0, run.status(), run.err());
        String[] lines = run.outLines();
        assertEquals(List.of("IDENTITY                   DECISION  SESSIONS",
            "anonymous                  permit    1",
            "rejected: expired          deny      1",
            "svc-ingest@warden.test     permit    1",
            "svc-reporting@warden.test  deny      1",
            "total 4 sessions"), List.of(lines));
    }

    @Test
    void summaryAsJsonLines() throws Exception {
        CliRun run = CliRun.of("replay", "summary", "--journal", journal, "--json");
        assertEquals(0, run.status(), run.err());
        List<JsonNode> rows = parse(run.out());
        assertEquals(4, rows.size());
        assertEquals("svc-reporting@warden.test", rows.get(3).get("identity").asText());
        assertEquals("deny", rows.get(3).get("decision").asText());
        assertEquals(1, rows.get(3).get("sessions").asLong());
    }

    @Test
    void aMissingJournalDirectoryExitsTwo() {
        Path missing = tmp.resolve("nowhere");
        CliRun run = CliRun.of("replay", "sessions", "--journal", missing.toString());
        assertEquals(2, run.status());
        assertOneErrorLine(run, "warden: no journal at " + missing + ": the directory does not exist");
    }

    @Test
    void noJournalSaysWhatWasLookedForWhereAndHowToNameTheRightDirectory() throws Exception {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        String howTo = "; give the directory the agent writes its journal to (its 'journal' setting) with --journal DIR";
        for (String[] args : List.of(new String[] {"sessions"}, new String[] {"summary"}, new String[] {"policy"},
                new String[] {"show", "s-1"})) {
            List<String> command = new ArrayList<>(List.of("replay"));
            command.addAll(List.of(args));
            command.addAll(List.of("--journal", empty.toString()));
            CliRun run = CliRun.of(command.toArray(String[]::new));
            assertEquals(2, run.status(), run.err());
            assertEquals("warden: no journal at " + empty + ": the directory holds no journal files (metadata.cq4t and "
                + "a .cq4 file per day)" + howTo + "\n", run.err());
        }
        Path byDefault = Path.of("warden-journal").toAbsolutePath();
        assumeFalse(Files.exists(byDefault), "a journal in the working directory");
        CliRun run = CliRun.of("replay", "sessions");
        assertEquals(2, run.status(), run.err());
        assertEquals("warden: no journal at " + byDefault + " (the default, ./warden-journal): the directory does not "
            + "exist" + howTo + "\n", run.err());
    }

    @Test
    void aJournalPathThatIsAFileExitsTwo() throws Exception {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        CliRun run = CliRun.of("replay", "summary", "--journal", file.toString());
        assertEquals(2, run.status());
        assertOneErrorLine(run, "warden: no journal at " + file + ": it is a file");
    }

    @Test
    void aJournalWithAnUnreadableDayFileExitsTwoNamingTheFile() throws Exception {
        Path damaged = tmp.resolve("damaged");
        try (ChronicleJournal j = ChronicleJournal.open(damaged)) {
            j.append(new SessionEnded("s", SampleJournal.T0, 1, "ok", null));
        }
        try (var files = Files.list(damaged)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".cq4")).toList()) {
                Files.delete(f);
            }
        }
        byte[] junk = new byte[100_000];
        new java.util.Random(7).nextBytes(junk);
        Files.write(damaged.resolve("20261204F.cq4"), junk);
        for (String[] args : List.of(new String[] {"sessions"}, new String[] {"summary"}, new String[] {"policy"},
                new String[] {"show", "s"}, new String[] {"sessions", "--json"})) {
            List<String> command = new ArrayList<>(List.of("replay"));
            command.addAll(List.of(args));
            command.addAll(List.of("--journal", damaged.toString()));
            CliRun run = CliRun.of(command.toArray(String[]::new));
            assertEquals(2, run.status(), run.err());
            assertEquals("", run.out());
            assertOneErrorLine(run, "warden: cannot read the journal in " + damaged + ": 20261204F.cq4 is not a journal"
                + " day file");
        }
    }

    @Test
    void aHealthyJournalWithoutEntriesHasNoSessions() {
        Path empty = tmp.resolve("no-entries");
        ChronicleJournal.open(empty).close();
        CliRun run = CliRun.of("replay", "sessions", "--journal", empty.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("no sessions\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void anUnknownOptionExitsTwoNamingTheOption() {
        CliRun run = CliRun.of("replay", "sessions", "--journal", journal, "--bogus");
        assertEquals(2, run.status());
        assertOneErrorLine(run, "warden: Unknown option: '--bogus' (see 'warden replay sessions --help')");
    }

    @Test
    void aMisspeltCommandAtEveryLevelOrOptionSuggestsTheClosestOne() {
        String[][] cases = {
            {"warden: unknown command 'polcy': did you mean 'policy'? (see 'warden --help')", "polcy"},
            {"warden: unknown command 'chek': did you mean 'check'? (see 'warden policy --help')", "policy", "chek"},
            {"warden: unknown command 'tset': did you mean 'test'? (see 'warden policy --help')", "policy", "tset", "x"},
            {"warden: unknown command 'sesions': did you mean 'sessions'? (see 'warden replay --help')", "replay",
                "sesions"},
            {"warden: unknown command 'frobnicate': choose one of sessions, show, summary, policy (see 'warden replay "
                + "--help')", "replay", "frobnicate"},
            {"warden: unknown option '--jornal': did you mean '--journal'? (see 'warden replay sessions --help')",
                "replay", "sessions", "--jornal", journal},
        };
        for (String[] c : cases) {
            CliRun run = CliRun.of(Arrays.copyOfRange(c, 1, c.length));
            assertEquals(2, run.status(), run.err());
            assertEquals(c[0] + "\n", run.err());
        }
    }

    @Test
    void aBadDecisionValueExitsTwo() {
        CliRun run = CliRun.of("replay", "sessions", "--journal", journal, "--decision", "maybe");
        assertEquals(2, run.status());
        assertOneErrorLine(run, "warden: Invalid value for option '--decision'");
    }

    @Test
    void showWithoutASessionIdExitsTwo() {
        CliRun run = CliRun.of("replay", "show", "--journal", journal);
        assertEquals(2, run.status());
        assertOneErrorLine(run, "warden: Missing required parameter: 'SESSION-ID'");
    }

    @Test
    void noCommandExitsTwoListingTheChoices() {
        CliRun top = CliRun.of();
        assertEquals(2, top.status());
        assertOneErrorLine(top, "warden: missing command: choose one of replay, policy");
        CliRun replay = CliRun.of("replay");
        assertEquals(2, replay.status());
        assertOneErrorLine(replay, "warden: missing command: choose one of sessions, show, summary, policy");
    }

    @Test
    void helpAndVersionExitZero() {
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("Usage: warden"), help.out());
        assertTrue(help.out().contains("replay"), help.out());
        CliRun sessionsHelp = CliRun.of("replay", "sessions", "--help");
        assertEquals(0, sessionsHelp.status());
        assertTrue(sessionsHelp.out().contains("--journal=DIR"), sessionsHelp.out());
        assertTrue(sessionsHelp.out().contains("./warden-journal"), sessionsHelp.out());
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("warden "), version.out());
    }

    @Test
    void sessionsFilterAndSummaryKnowSessionsThatNeededApproval() throws Exception {
        Path approvals = tmp.resolve("approvals");
        try (ChronicleJournal j = ChronicleJournal.open(approvals)) {
            j.append(new SessionStarted("s-held", SampleJournal.T0, "http", "verified", "alice@example.com",
                "https://issuer.warden.test", "sha256:dd44", null));
            j.append(new DecisionMade("s-held", SampleJournal.T0 + 5, SampleJournal.SPLIT, "approval_required",
                List.of("big_splits"), "approval required by rule 'big_splits'", "rev-1", "enforce"));
            j.append(new SessionEnded("s-held", SampleJournal.T0 + 9, 9_000L, "denied",
                "dev.warden.bootstrap.ApprovalPendingException"));
            j.append(new SessionStarted("s-ok", SampleJournal.T0 + 20, "http", "verified", "alice@example.com",
                "https://issuer.warden.test", "sha256:dd44", null));
            j.append(new DecisionMade("s-ok", SampleJournal.T0 + 25, SampleJournal.SPLIT, "permit",
                List.of("small_splits"), "permitted by rule 'small_splits'", "rev-1", "enforce"));
        }
        assertEquals(List.of("s-held"), ids(CliRun.of("replay", "sessions", "--journal", approvals.toString(), "--json",
            "--decision", "approval_required")));
        assertEquals(List.of("s-held"), ids(CliRun.of("replay", "sessions", "--journal", approvals.toString(), "--json",
            "--decision", "APPROVAL_REQUIRED")));
        CliRun table = CliRun.of("replay", "sessions", "--journal", approvals.toString());
        assertTrue(table.outLines()[1].matches("s-held .* alice@example\\.com +http +approval_required +big_splits +denied .*"),
            table.out());
        CliRun summary = CliRun.of("replay", "summary", "--journal", approvals.toString());
        assertEquals(List.of("IDENTITY           DECISION           SESSIONS", "alice@example.com  permit             1",
            "alice@example.com  approval_required  1", "total 2 sessions"), List.of(summary.outLines()));
    }

    private static void assertOneErrorLine(CliRun run, String start) {
        assertTrue(run.err().startsWith(start), run.err());
        assertEquals(1, run.err().split("\n").length, run.err());
        assertTrue(run.err().endsWith("\n"), run.err());
    }

    private static List<JsonNode> parse(String jsonLines) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : jsonLines.split("\n")) {
            if (!line.isEmpty()) {
                nodes.add(MAPPER.readTree(line));
            }
        }
        return nodes;
    }

    private static List<String> ids(CliRun run) throws Exception {
        assertEquals(0, run.status(), run.err());
        return parse(run.out()).stream().map(n -> n.get("sessionId").asText()).toList();
    }
}
