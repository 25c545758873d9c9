package dev.warden.it.bench;

import dev.warden.it.fork.AgentWorkspace;
import dev.warden.it.fork.ForkedService;
import dev.warden.it.fork.JavaCommand;
import dev.warden.it.fork.SampleService;
import dev.warden.it.identity.Identities;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Starts the sample chunking service for the whole-JVM figures, with or without the agent, with
 * the same JVM options and the same workspace either way (the baseline ignores the policy, the
 * journal and the token, but gets the same request).
 */
final class ServiceLauncher {

    private final Path jdk;
    private final Path agentJar;
    private final List<String> jvmArgs;
    private final Path work;
    private int launched;

    ServiceLauncher(Path jdk, Path agentJar, List<String> jvmArgs, Path work) {
        this.jdk = jdk;
        this.agentJar = agentJar;
        this.jvmArgs = List.copyOf(jvmArgs);
        this.work = work;
    }

    /** A service about to be started: its workspace exists and its token is minted, nothing is timed yet. */
    final class Prepared {
        final Variant variant;
        final AgentWorkspace workspace;
        final String token;

        private Prepared(Variant variant, AgentWorkspace workspace, String token) {
            this.variant = variant;
            this.workspace = workspace;
            this.token = token;
        }

        /** Starts the JVM and returns once it prints {@code LISTENING <port>}. */
        ForkedService start() throws IOException, InterruptedException {
            JavaCommand java = JavaCommand.of(jdk);
            jvmArgs.forEach(java::jvmArg);
            return variant == Variant.WARDEN ? SampleService.withAgent(java, agentJar, workspace.options()) : SampleService.fork(java);
        }

        /** Removes the workspace (and the journal in it). */
        void cleanUp() {
            TempDirectories.delete(workspace.dir());
        }
    }

    /** The service JVM's options, the same for both variants. */
    List<String> jvmArgs() {
        return jvmArgs;
    }

    /** Under the example policy, which permits the ingest identity the token is for. */
    Prepared prepare(Variant variant) {
        AgentWorkspace workspace = AgentWorkspace.create(work.resolve("service-" + (++launched) + "-" + variant.name().toLowerCase()),
            AgentWorkspace.examplePolicy());
        return new Prepared(variant, workspace, workspace.issuer().mint(Identities.INGEST, Duration.ofHours(2)));
    }
}
