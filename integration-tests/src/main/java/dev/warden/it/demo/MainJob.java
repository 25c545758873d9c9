package dev.warden.it.demo;

import dev.warden.it.client.ChunkingClient;
import dev.warden.it.corpus.CorpusDocument;
import dev.warden.it.corpus.Europarl;
import dev.warden.it.corpus.SyntheticPersonalData;
import dev.warden.it.fork.AgentWorkspace;
import dev.warden.it.fork.BuildLayout;
import dev.warden.it.fork.ForkedService;
import dev.warden.it.fork.JavaCommand;
import dev.warden.it.fork.SampleService;
import dev.warden.it.identity.Identities;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo: the sample chunking service under Warden, fed a slice of the Europarl corpus by
 * concurrent clients that alternate a permitted and a forbidden identity, then the journal read
 * back with the replay CLI.
 *
 * <pre>mvn -B -Pdemo -DskipTests verify                                  # 2,000 documents
 * mvn -B -Pdemo -DskipTests verify -Dwarden.demo.documents=all          # all ~17,600</pre>
 *
 * Exits 0 when every permitted call ran, every forbidden call was denied without the splitter
 * body running, and the replay commands succeeded; 1 otherwise.
 */
public final class MainJob {

    private final DemoSettings settings;
    private final PrintStream out;

    MainJob(DemoSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int status;
        try {
            status = new MainJob(DemoSettings.fromSystemProperties(), out).run(BuildLayout.agentJar());
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("demo: " + e.getMessage());
            status = 2;
        }
        System.exit(status);
    }

    int run(Path agentJar) throws IOException, InterruptedException {
        AgentWorkspace workspace = AgentWorkspace.create(Files.createTempDirectory("warden-demo-"), policyText());
        describe(workspace, agentJar);
        boolean enforced;
        try (ForkedService service = SampleService.withAgent(JavaCommand.current(), agentJar, workspace.options())) {
            out.printf("service started: pid %d, %s%n", service.pid(), service.uri("/"));
            enforced = sendCorpus(workspace, new ChunkingClient(service.uri("/"))).verdict(out);
            service.close();
            printWardenLog(service.stderr());
        }
        boolean replayed = new DemoReplay(agentJar, workspace.journal(), out).run();
        boolean ok = enforced && replayed;
        out.println(ok ? "demo: OK" : "demo: FAILED (see above)");
        return ok ? 0 : 1;
    }

    private String policyText() throws IOException {
        if (settings.policy().isPresent()) {
            return Files.readString(settings.policy().get(), StandardCharsets.UTF_8);
        }
        return AgentWorkspace.examplePolicy();
    }

    private void describe(AgentWorkspace workspace, Path agentJar) {
        out.println("Warden demo: the sample chunking service with -javaagent:" + agentJar.getFileName());
        out.println("  agent jar   " + agentJar);
        out.println("  work dir    " + workspace.dir());
        out.println("  policy      " + workspace.policy() + "  (copied from "
            + settings.policy().map(Path::toString).orElse("examples/chunking.policy, via the class path") + ")");
        out.println("  journal     " + workspace.journal());
        out.println("  documents   " + (settings.allDocuments()
            ? "all of Europarl (" + Europarl.RESOURCE + "), some with made-up personal data"
            : String.format("%,d", settings.documents()) + " from the start of Europarl (" + Europarl.RESOURCE
                + "), some with made-up personal data; -Dwarden.demo.documents=all sends all ~17,600"));
        out.println("  clients     " + settings.clients() + " concurrent, alternating " + Identities.INGEST
            + " (permitted) and " + Identities.REPORTING + " (forbidden)");
        out.println("  chunking    LangChain4j recursive splitter, " + settings.chunkSize() + " chars, overlap "
            + settings.chunkOverlap());
    }

    private DemoOutcome sendCorpus(AgentWorkspace workspace, ChunkingClient client) throws IOException, InterruptedException {
        List<String> tokens = List.of(
            workspace.issuer().mint(Identities.INGEST, Duration.ofHours(2)),
            workspace.issuer().mint(Identities.REPORTING, Duration.ofHours(2)));
        SyntheticPersonalData personalData = new SyntheticPersonalData(SyntheticPersonalData.DEFAULT_SEED, 10);
        int expected = settings.allDocuments() ? 17_597 : settings.documents();
        long started = System.nanoTime();
        DemoLoad load = new DemoLoad(client, tokens, settings, out);
        DemoTotals totals;
        try (Stream<CorpusDocument> documents = Europarl.documents().limit(settings.documents()).map(personalData::mixInto)) {
            Iterator<CorpusDocument> iterator = documents.iterator();
            totals = load.run(iterator, expected);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        return new DemoOutcome(totals, client.splitterBodyRuns(), took, load.firstFailure());
    }

    private void printWardenLog(String stderr) {
        List<String> lines = stderr.lines().filter(line -> line.startsWith("[warden]")).toList();
        out.println("service stopped; Warden's log lines on its stderr (" + lines.size() + "):");
        lines.stream().limit(20).forEach(line -> out.println("  " + line));
        if (lines.size() > 20) {
            out.println("  ... " + (lines.size() - 20) + " more");
        }
    }
}
