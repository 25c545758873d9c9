package dev.warden.it.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SessionListingTest {

    @Test
    void readsAJsonArray() {
        List<SessionListing.Session> sessions = SessionListing.parse(
            "[{\"sessionId\":\"s1\",\"subject\":\"a@x\",\"outcome\":\"ok\"},{\"sessionId\":\"s2\",\"subject\":null,\"outcome\":\"denied\"}]");

        assertEquals(2, sessions.size());
        assertEquals("s1", sessions.get(0).id());
        assertEquals("a@x", sessions.get(0).subject());
        assertNull(sessions.get(1).subject());
        assertEquals("denied", sessions.get(1).outcome());
    }

    @Test
    void readsJsonLinesWithNestedPrincipal() {
        List<SessionListing.Session> sessions = SessionListing.parse(
            "{\"id\":\"s1\",\"principal\":{\"subject\":\"a@x\"},\"decision\":\"PERMIT\"}\n\n{\"id\":\"s2\",\"principal\":{\"subject\":\"b@x\"},\"decision\":\"DENY\"}\n");

        assertEquals(List.of("s1", "s2"), sessions.stream().map(SessionListing.Session::id).toList());
        assertEquals("b@x", sessions.get(1).subject());
        assertEquals("DENY", sessions.get(1).outcome());
    }

    @Test
    void readsAnObjectWithASessionsArray() {
        List<SessionListing.Session> sessions = SessionListing.parse("{\"sessions\":[{\"session\":\"s9\"}]}");

        assertEquals("s9", sessions.get(0).id());
    }

    @Test
    void emptyOutputIsNoSessions() {
        assertEquals(List.of(), SessionListing.parse("  \n"));
    }

    @Test
    void textThatIsNotJsonIsReportedWithTheOutput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SessionListing.parse("SESSION s1 ok"));

        assertEquals(true, e.getMessage().contains("SESSION s1 ok"));
    }
}
