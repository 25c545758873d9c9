package dev.warden.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.agent.journal.ChronicleJournal;
import dev.warden.agent.journal.JournalEvent.DecisionMade;
import dev.warden.agent.journal.JournalEvent.SessionEnded;
import dev.warden.agent.journal.JournalEvent.SessionStarted;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Journaled strings come from unauthenticated callers (the request path in a session's source, a
 * token's subject, a rejection's detail): replay's text output must show each one as one visible
 * cell on one line, never as a forged line or a terminal escape sequence.
 */
class ReplayHostileValuesTest {

    static final long T0 = 1_777_777_777_000_000L;
    /** A request to /runs%0Aa7c8e573-999999%20%20...%1B%5B2K: a fake session line, then "erase line". */
    static final String FORGED_SOURCE = "http GET /runs\na7c8e573-999999  2026-05-03 03:09:37.000000Z"
        + "  svc-admin@warden.test  permit\u001b[2K";
    static final String ID = "s-1\r\u0000\u001b[31m";
    static final String SUBJECT = "svc\u2028admin\u2029@\u202ex\u202a\u0085";
    static final String RULE = "rule\u2066one\u2069\u007f";
    static final String TARGET = "dev.X#y\u009b2J\u200f";
    static final String OUTCOME = "ok\n\u0007";
    static final String DETAIL = "expired\u001b]0;owned\u0007";

    @TempDir
    Path tmp;

    String journal;

    @BeforeEach
    void writeHostileJournal() {
        Path dir = tmp.resolve("journal");
        try (ChronicleJournal j = ChronicleJournal.open(dir)) {
            j.append(new SessionStarted(ID, T0, FORGED_SOURCE, "verified", SUBJECT, "https://issuer\n", "sha256:aa", null));
            j.append(new DecisionMade(ID, T0 + 10, TARGET, "permit", List.of(RULE, "plain"), "why\u202e", "rev", "enforce"));
            j.append(new SessionEnded(ID, T0 + 20, 20_000L, OUTCOME, null));
            j.append(new SessionStarted("s-2", T0 + 30, "http GET /  x", "rejected", null, null, "sha256:bb", DETAIL));
            j.append(new DecisionMade("s-2", T0 + 40, "http GET /a,b", "deny", List.of(), "token rejected", "none", "enforce"));
        }
        journal = dir.toString();
    }

    @Test
    void sessionsShowsEveryHostileValueEscapedInItsOwnCell() {
        CliRun run = CliRun.of("replay", "sessions", "--journal", journal);
        assertEquals(0, run.status(), run.err());
        String[] lines = assertVisibleLines(run, 3);
        assertTrue(lines[1].startsWith(q(ID) + "  "), lines[1]);
        assertContainsCells(lines[1], q(SUBJECT), q(FORGED_SOURCE), "permit", q(RULE) + ",plain", q(OUTCOME));
        assertTrue(lines[1].endsWith("  " + q(TARGET)), lines[1]);
        assertContainsCells(lines[2], q("rejected: " + DETAIL), q("http GET /  x"), "deny");
        assertTrue(lines[2].endsWith("  " + q("http GET /a,b")), lines[2]);
    }

    @Test
    void summaryShowsHostileIdentitiesEscapedInTheirOwnCell() {
        CliRun run = CliRun.of("replay", "summary", "--journal", journal);
        assertEquals(0, run.status(), run.err());
        String[] lines = assertVisibleLines(run, 4);
        assertTrue(lines[1].startsWith(q("rejected: " + DETAIL) + "  "), lines[1]);
        assertTrue(lines[2].startsWith(q(SUBJECT) + "  "), lines[2]);
        assertEquals("total 2 sessions", lines[3]);
    }

    @Test
    void showHeaderAndEventsShowHostileValuesEscaped() {
        CliRun run = CliRun.of("replay", "show", ID, "--journal", journal);
        assertEquals(0, run.status(), run.err());
        String[] lines = assertVisibleLines(run, 5);
        assertEquals("session " + q(ID) + "  identity " + q(SUBJECT) + "  started 2026-05-03 03:09:37.000000Z"
            + "  decision permit  outcome " + q(OUTCOME), lines[0]);
        assertTrue(lines[2].contains("source=" + q(FORGED_SOURCE) + " "), lines[2]);
        assertTrue(lines[2].contains("issuer=" + q("https://issuer\n") + " "), lines[2]);
        assertTrue(lines[3].contains("rules=" + q(RULE + ",plain") + " "), lines[3]);
        assertTrue(lines[3].endsWith("reason=" + q("why\u202e")), lines[3]);
        assertTrue(lines[4].endsWith("outcome=" + q(OUTCOME) + " duration=0.020ms"), lines[4]);
    }

    @Test
    void showOfARejectedSessionEscapesItsDetailInTheHeader() {
        CliRun run = CliRun.of("replay", "show", "s-2", "--journal", journal);
        assertEquals(0, run.status(), run.err());
        String[] lines = assertVisibleLines(run, 4);
        assertTrue(lines[0].startsWith("session s-2  identity " + q("rejected: " + DETAIL) + "  started "), lines[0]);
    }

    /** The value as the policy language would write it as a string literal (checked by hand here). */
    private static String q(String value) {
        StringBuilder b = new StringBuilder("\"");
        value.chars().forEach(c -> {
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '"', '\\' -> b.append('\\').append((char) c);
                default -> b.append(c < 0x20 || c >= 0x7f && c < 0xa0 || c >= 0x2000 ? String.format("\\u%04x", c)
                    : String.valueOf((char) c));
            }
        });
        return b.append('"').toString();
    }

    private static String[] assertVisibleLines(CliRun run, int count) {
        String[] lines = run.outLines();
        assertEquals(count, lines.length, run.out());
        for (String line : lines) {
            line.codePoints().forEach(cp -> assertTrue(cp >= 0x20 && cp < 0x7f,
                String.format("U+%04X printed raw in: %s", cp, line.replaceAll("[^\\x20-\\x7e]", "?"))));
        }
        return lines;
    }

    private static void assertContainsCells(String line, String... cells) {
        for (String cell : cells) {
            assertTrue(line.contains("  " + cell + "  "), cell + " is not a cell of: " + line);
        }
    }
}
