package dev.warden.it.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.it.client.ChunkingClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Forks the sample service WITHOUT the agent: the fork plumbing on its own. */
class ForkedServiceTest {

    @Test
    void aForkedServiceIsReachableOnTheReportedPortAndGoneAfterClose() throws Exception {
        ForkedService service = SampleService.fork(JavaCommand.current());
        try (service) {
            assertTrue(service.port() > 0);
            assertEquals(200, new ChunkingClient(service.uri("/")).health().status());
        }

        assertFalse(service.isAlive());
        assertTrue(service.stdout().contains("LISTENING " + service.port()), service.stdout());
    }

    @Test
    void aChildThatExitsBeforeListeningFailsWithWhatItPrinted() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ForkedService.start(
            JavaCommand.current().main(BuildLayout.sampleClasspath(), "dev.warden.it.no.SuchMain"), Duration.ofSeconds(60)));

        assertTrue(e.getMessage().contains("dev.warden.it.no.SuchMain"), e.getMessage());
        assertTrue(e.getMessage().contains("--- stderr ---"), e.getMessage());
    }
}
