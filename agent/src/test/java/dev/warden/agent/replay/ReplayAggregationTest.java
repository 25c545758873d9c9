package dev.warden.agent.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.agent.journal.JournalEvent;
import dev.warden.agent.journal.JournalEvent.DecisionMade;
import dev.warden.agent.journal.JournalEvent.SessionEnded;
import dev.warden.agent.journal.JournalEvent.SessionStarted;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayAggregationTest {

    private static SessionStarted verified(String id, long micros, String subject) {
        return new SessionStarted(id, micros, "http", "verified", subject, "https://iss", "sha256:x", null);
    }

    private static DecisionMade decision(String id, long micros, String target, String effect, String... rules) {
        return new DecisionMade(id, micros, target, effect, List.of(rules), null, "r1", "enforce");
    }

    private static List<SessionSummary> fold(JournalEvent... events) {
        SessionAggregator aggregator = new SessionAggregator();
        List.of(events).forEach(aggregator);
        return aggregator.sessions();
    }

    @Test
    void interleavedSessionsAreFoldedSeparatelyInFirstSeenOrder() {
        List<SessionSummary> sessions = fold(
            verified("b", 10, "svc-b"),
            verified("a", 20, "svc-a"),
            decision("a", 30, "X#m", "PERMIT", "r_a"),
            decision("b", 40, "Y#m", "PERMIT", "r_b"),
            new SessionEnded("b", 50, 40_000, "ok", null),
            new SessionEnded("a", 60, 40_000, "ok", null));
        assertEquals(List.of("b", "a"), sessions.stream().map(SessionSummary::sessionId).toList());
        SessionSummary a = sessions.get(1);
        assertEquals("svc-a", a.identity());
        assertEquals(List.of("X#m"), a.targets());
        assertEquals(List.of("r_a"), a.ruleIds());
        assertEquals(Instant.ofEpochSecond(0, 20_000), a.start());
        assertEquals(Duration.ofNanos(40_000), a.duration());
        assertEquals(3, a.events());
    }

    @Test
    void aCallThatNeededApprovalMakesTheSessionApprovalRequiredUnlessAnotherWasDenied() {
        assertEquals(SessionSummary.APPROVAL_REQUIRED, fold(
            verified("s", 1, "svc"),
            decision("s", 2, "X#m", "permit", "p1"),
            decision("s", 3, "Y#m", "approval_required", "risky")).get(0).decision());
        assertEquals(SessionSummary.APPROVAL_REQUIRED, fold(
            verified("s", 1, "svc"),
            decision("s", 2, "Y#m", "APPROVAL_REQUIRED", "risky")).get(0).decision());
        assertEquals(SessionSummary.DENY, fold(
            verified("s", 1, "svc"),
            decision("s", 2, "Y#m", "approval_required", "risky"),
            decision("s", 3, "X#m", "deny", "f1")).get(0).decision());
    }

    @Test
    void summaryCountsApprovalRequiredBetweenPermitAndDeny() {
        List<SessionSummary> sessions = fold(
            verified("a", 1, "svc"), decision("a", 2, "X#m", "deny", "f"),
            verified("b", 3, "svc"), decision("b", 4, "X#m", "approval_required", "risky"),
            verified("c", 5, "svc"), decision("c", 6, "X#m", "permit", "p"));
        assertEquals(List.of("permit", "approval_required", "deny"),
            IdentityDecisionCount.count(sessions).stream().map(IdentityDecisionCount::decision).toList());
    }

    @Test
    void anyDenyMakesTheSessionDenyAndRulesAndTargetsAreListedOnce() {
        SessionSummary s = fold(
            verified("s", 1, "svc"),
            decision("s", 2, "X#m", "PERMIT", "p1"),
            decision("s", 3, "Y#m", "DENY", "f1", "p1"),
            decision("s", 4, "X#m", "permit", "p1")).get(0);
        assertEquals(SessionSummary.DENY, s.decision());
        assertEquals(List.of("X#m", "Y#m"), s.targets());
        assertEquals(List.of("p1", "f1"), s.ruleIds());
    }

    @Test
    void aSessionWithoutDecisionsDecidedNothing() {
        SessionSummary s = fold(verified("s", 1, "svc"), new SessionEnded("s", 2, 1, "ok", null)).get(0);
        assertEquals(SessionSummary.NONE, s.decision());
        assertEquals(List.of(), s.targets());
    }

    @Test
    void aSessionWithoutAnEndIsOpenWithNoDuration() {
        SessionSummary s = fold(verified("s", 1, "svc")).get(0);
        assertEquals(SessionSummary.OPEN, s.outcome());
        assertNull(s.duration());
    }

    @Test
    void aSessionWhoseStartIsMissingHasAnUnknownIdentityAndStartsAtItsFirstEvent() {
        SessionSummary s = fold(decision("s", 7, "X#m", "PERMIT", "p")).get(0);
        assertEquals(Identities.UNKNOWN, s.identity());
        assertNull(s.source());
        assertEquals(Instant.ofEpochSecond(0, 7_000), s.start());
    }

    @Test
    void identityLabelsNameTheSubjectTheRejectionOrAnonymous() {
        assertEquals("svc", Identities.label(verified("s", 1, "svc")));
        assertEquals("rejected: expired", Identities.label(
            new SessionStarted("s", 1, "http", "rejected", null, null, "sha256:y", "expired")));
        assertEquals("rejected", Identities.label(
            new SessionStarted("s", 1, "http", "rejected", null, null, null, null)));
        assertEquals("anonymous", Identities.label(
            new SessionStarted("s", 1, "batch", "anonymous", null, null, null, null)));
        assertEquals("unknown", Identities.label(null));
    }

    @Test
    void rejectedMatchesEveryRejectionReasonButSubjectsMatchExactly() {
        assertTrue(Identities.matches("rejected: expired", "rejected"));
        assertTrue(Identities.matches("rejected: expired", "rejected: expired"));
        assertFalse(Identities.matches("rejected-svc", "rejected"));
        assertFalse(Identities.matches("svc-a", "svc"));
    }

    @Test
    void countsAreGroupedByIdentityThenPermitDenyNone() {
        List<SessionSummary> sessions = fold(
            verified("1", 1, "svc-b"), decision("1", 2, "X#m", "DENY", "f"),
            verified("2", 3, "svc-a"), decision("2", 4, "X#m", "PERMIT", "p"),
            verified("3", 5, "svc-b"), decision("3", 6, "X#m", "PERMIT", "p"),
            verified("4", 7, "svc-b"),
            verified("5", 8, "svc-b"), decision("5", 9, "X#m", "DENY", "f"));
        assertEquals(List.of(
                new IdentityDecisionCount("svc-a", "permit", 1),
                new IdentityDecisionCount("svc-b", "permit", 1),
                new IdentityDecisionCount("svc-b", "deny", 2),
                new IdentityDecisionCount("svc-b", "none", 1)),
            IdentityDecisionCount.count(sessions));
    }

    @Test
    void microsecondTimesBeforeTheEpochConvertExactly() {
        SessionSummary s = fold(verified("s", -1, "svc")).get(0);
        assertEquals(Instant.ofEpochSecond(-1, 999_999_000), s.start());
    }
}
