package dev.warden.it.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AgentOptionsTest {

    @Test
    void rendersTheAgentArgumentsInOrderWithExtrasLast() {
        AgentOptions options = new AgentOptions(Path.of("/w/p.policy"), Path.of("/w/jwks.json"), "https://i", "aud",
            Path.of("/w/journal")).with("mode", "monitor");

        assertEquals("policy=/w/p.policy,jwks=/w/jwks.json,issuer=https://i,audience=aud,journal=/w/journal,mode=monitor",
            options.render());
    }

    @Test
    void aPathWithACommaIsRefusedBecauseTheOptionSyntaxCannotCarryIt() {
        AgentOptions options = new AgentOptions(Path.of("/w/a,b.policy"), Path.of("/w/j"), "i", "a", Path.of("/w/q"));

        assertThrows(IllegalArgumentException.class, options::render);
    }
}
