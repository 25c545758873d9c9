package dev.warden.it.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SessionListingTest {

    @Test
    void readsOneSessionPerJsonLine() {
        List<SessionListing.Session> sessions = SessionListing.parse(
            "{\"sessionId\":\"s-deny\",\"identity\":\"svc-reporting@warden.test\",\"source\":\"http\",\"decision\":\"deny\","
                + "\"ruleIds\":[\"reporting_never_splits\"],\"outcome\":\"denied\",\"durationNanos\":390000,\"events\":3}\n"
                + "{\"sessionId\":\"s-rej\",\"identity\":\"rejected: token expired\",\"source\":\"http\",\"decision\":\"none\","
                + "\"ruleIds\":[],\"outcome\":\"rejected\",\"durationNanos\":null,\"events\":2}\n");

        assertEquals(List.of(
            new SessionListing.Session("s-deny", "svc-reporting@warden.test", "deny", "denied", List.of("reporting_never_splits")),
            new SessionListing.Session("s-rej", "rejected: token expired", "none", "rejected", List.of())), sessions);
    }

    @Test
    void emptyOutputIsNoSessions() {
        assertEquals(List.of(), SessionListing.parse(""));
    }

    @Test
    void aLineThatIsNotJsonIsReportedWithTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SessionListing.parse("SESSION s1 ok"));

        assertTrue(e.getMessage().contains("SESSION s1 ok"), e.getMessage());
    }
}
