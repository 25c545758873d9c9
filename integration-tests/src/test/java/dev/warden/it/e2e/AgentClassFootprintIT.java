package dev.warden.it.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.it.client.ChunkingClient;
import dev.warden.it.fork.AgentWorkspace;
import dev.warden.it.fork.BuildLayout;
import dev.warden.it.fork.ForkedService;
import dev.warden.it.fork.JavaCommand;
import dev.warden.it.fork.SampleService;
import dev.warden.it.identity.Identities;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the agent loads into the application's JVM on its path: the sample service, forked with the
 * built jar and the JVM's class-load log, serves one verified, permitted request. Classes only the
 * CLI needs (Jackson, picocli, the replay and policy-test code) stay in the jar: each costs start-up
 * time and memory in every service Warden guards.
 */
class AgentClassFootprintIT {

    private static final Pattern LOADED = Pattern.compile("\\[class,load] (\\S+) source: (.*)$");
    private static final List<String> CLI_ONLY = List.of("com.fasterxml.jackson.", "picocli.", "dev.warden.agent.cli.",
        "dev.warden.agent.policytest.", "dev.warden.agent.replay.");

    private static List<String> fromAgentJar;

    @BeforeAll
    static void serveOneVerifiedRequest() throws Exception {
        Path dir = ItWork.freshDir("AgentClassFootprintIT");
        Path log = dir.resolve("class-load.log");
        AgentWorkspace workspace = AgentWorkspace.create(dir.resolve("agent"), AgentWorkspace.examplePolicy());
        JavaCommand java = JavaCommand.current().jvmArg("-Xlog:class+load=info:file=" + log);
        try (ForkedService service = SampleService.withAgent(java, BuildLayout.agentJar(), workspace.options())) {
            ChunkingClient.Reply reply = new ChunkingClient(service.uri("/"))
                .chunk(workspace.issuer().mint(Identities.INGEST, Duration.ofMinutes(10)), "One sentence. Another one.", 100, 10);
            assertEquals(200, reply.status(), () -> reply.body() + ItWork.stderrOf(service).get());
        }
        String agentJar = BuildLayout.agentJar().toUri().getPath();
        fromAgentJar = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
            .map(LOADED::matcher).filter(Matcher::find)
            .filter(m -> m.group(2).contains(agentJar))
            .map(m -> m.group(1)).toList();
    }

    @Test
    void theAgentsLibrariesAreLoadedFromItsJar() {
        // the log is read right: the agent's own and its libraries' classes come from the jar
        for (String prefix : List.of("dev.warden.agent.session.", "net.bytebuddy.", "com.nimbusds.", "net.openhft.chronicle.")) {
            assertTrue(fromAgentJar.stream().anyMatch(name -> name.startsWith(prefix)), prefix + " in " + fromAgentJar.size() + " classes");
        }
    }

    @Test
    void byteBuddysSelfInjectionIsNeverSetUp() {
        // it generates and injects a class at run time, for an initialisation strategy Warden does not use
        List<String> injection = fromAgentJar.stream()
            .filter(name -> name.startsWith("net.bytebuddy.dynamic.NexusAccessor") || name.startsWith("net.bytebuddy.dynamic.Nexus"))
            .toList();

        assertEquals(List.of(), injection);
    }

    @Test
    void noCliOnlyClassIsLoadedOnTheAgentsPathEvenAfterVerifyingAToken() {
        List<String> cliOnly = fromAgentJar.stream().filter(name -> CLI_ONLY.stream().anyMatch(name::startsWith)).toList();

        assertEquals(List.of(), cliOnly);
    }
}
