package dev.warden.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import net.bytebuddy.ByteBuddy;
import org.junit.jupiter.api.Test;

/**
 * The shortcut past Byte Buddy's self-injection set-up fits the Byte Buddy Warden ships. If an
 * upgrade changes the constructor it relies on, this fails (the agent would still work, through the
 * public constructor, but start slower). What the builder then does is covered where it is used:
 * {@code EntryPointRetransformerTest} and the end-to-end tests install it.
 */
class LeanAgentBuilderTest {

    @Test
    void theProtectedConstructorTakesExactlyTheStrategiesWardenPasses() {
        assertNotNull(LeanAgentBuilder.leanOrNull(new ByteBuddy()),
            "Byte Buddy's AgentBuilder.Default constructor changed: update LeanAgentBuilder.defaults");
    }
}
