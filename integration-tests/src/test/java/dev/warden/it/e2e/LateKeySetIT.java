package dev.warden.it.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.warden.it.client.ChunkingClient;
import dev.warden.it.fork.AgentWorkspace;
import dev.warden.it.fork.BuildLayout;
import dev.warden.it.fork.ForkedService;
import dev.warden.it.fork.JavaCommand;
import dev.warden.it.fork.SampleService;
import dev.warden.it.identity.Identities;
import java.nio.file.Files;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The issuer's key set is not there when the service starts (a secret mounted late, a typo an
 * operator fixes): tokens are refused meanwhile, and verified as soon as the file appears, with no
 * restart.
 */
class LateKeySetIT {

    @Test
    void tokensAreRefusedUntilTheJwksFileAppearsThenVerifiedWithoutARestart() throws Exception {
        AgentWorkspace workspace = AgentWorkspace.create(ItWork.freshDir("late-key-set"), AgentWorkspace.examplePolicy());
        Files.move(workspace.jwks(), workspace.dir().resolve("jwks.json.later"));
        try (ForkedService service = SampleService.withAgent(JavaCommand.current(), BuildLayout.agentJar(), workspace.options())) {
            ChunkingClient client = new ChunkingClient(service.uri("/"));
            String token = workspace.issuer().mint(Identities.INGEST, Duration.ofMinutes(10));
            assertNotNull(ItWork.awaitStderr(service, Pattern.compile("ERROR JWKS file .*jwks\\.json cannot be read"),
                Duration.ofSeconds(10)), ItWork.stderrOf(service));

            ChunkingClient.Reply refused = client.chunk(token, "One document. Two sentences.", 30, 0);
            assertEquals(401, refused.status(), () -> refused.body() + ItWork.stderrOf(service).get());

            Files.move(workspace.dir().resolve("jwks.json.later"), workspace.jwks());
            ChunkingClient.Reply verified = client.chunk(token, "One document. Two sentences.", 30, 0);
            assertEquals(200, verified.status(), () -> verified.body() + ItWork.stderrOf(service).get());
        }
    }
}
