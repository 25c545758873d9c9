package dev.warden.it.fork;

import dev.warden.it.sample.ChunkingService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** Forks the sample chunking service, with or without the agent. */
public final class SampleService {

    /** Generous: a cold JVM on a busy 2-core machine, the agent instrumenting at start. */
    public static final Duration START_DEADLINE = Duration.ofSeconds(90);

    private SampleService() {
    }

    /** The service on an ephemeral port in a JVM run by {@code java}, with the agent attached. */
    public static ForkedService withAgent(JavaCommand java, Path agentJar, AgentOptions options)
        throws IOException, InterruptedException {
        return fork(java.agent(agentJar, options));
    }

    /** The service on an ephemeral port in a JVM run by {@code java} as given. */
    public static ForkedService fork(JavaCommand java) throws IOException, InterruptedException {
        return ForkedService.start(java.main(BuildLayout.sampleClasspath(), ChunkingService.class.getName(), "0"), START_DEADLINE);
    }
}
