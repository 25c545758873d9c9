package dev.warden.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.it.fork.BuildLayout;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The demo end to end on a small slice, so the README's first command keeps working. */
class MainJobIT {

    @Test
    void demoOnASmallSliceEnforcesThePolicyAndReplaysTheJournal() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);

        int status = new MainJob(new DemoSettings(24, 2, Optional.empty(), 500, 50), out).run(BuildLayout.agentJar());

        String printed = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, printed);
        assertTrue(printed.contains("permitted 12  denied 12"), printed);
        assertTrue(printed.contains("$ java -jar warden-agent.jar replay summary"), printed);
        assertTrue(printed.contains("$ java -jar warden-agent.jar replay show"), printed);
        assertTrue(printed.contains("demo: OK"), printed);
    }
}
