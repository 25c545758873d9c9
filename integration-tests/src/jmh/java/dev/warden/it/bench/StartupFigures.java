package dev.warden.it.bench;

import dev.warden.it.corpus.Europarl;
import dev.warden.it.corpus.EuroparlDocument;
import dev.warden.it.fork.ForkedService;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Start-up of the sample service to its first served request: from the moment the JVM is launched
 * to the end of the first {@code POST /chunk} answered 200 (with Warden: verified, decided and
 * journaled, the journal opened on first use). N runs per variant, alternating which goes first.
 */
final class StartupFigures {

    private static final Pattern AGENT_STARTED =
        Pattern.compile("\\[warden\\] INFO started in (\\d+) ms \\(instrumentation (\\d+) ms");

    private final SuiteSettings settings;
    private final ServiceLauncher launcher;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Map<Variant, List<Double>> toListening = new EnumMap<>(Variant.class);
    private final Map<Variant, List<Double>> toFirstRequest = new EnumMap<>(Variant.class);
    /** What the agent itself logs about its start: premain total and instrumentation, ms. */
    private final List<Double> agentStart = new ArrayList<>();
    private final List<Double> agentInstrumentation = new ArrayList<>();

    StartupFigures(SuiteSettings settings, ServiceLauncher launcher) {
        this.settings = settings;
        this.launcher = launcher;
        for (Variant v : Variant.values()) {
            toListening.put(v, new ArrayList<>());
            toFirstRequest.put(v, new ArrayList<>());
        }
    }

    List<Measure> measure() throws IOException, InterruptedException {
        String document = firstDocument();
        for (int round = 0; round < settings.startupWarmupPairs() + settings.startupRuns(); round++) {
            boolean kept = round >= settings.startupWarmupPairs();
            for (Variant v : Variant.order(round)) {
                once(v, document, kept);
            }
        }
        String runs = settings.startupRuns() + " run(s) per variant, alternating; median (lowest–highest)";
        return List.of(
            new Measure("startup.first-request", "start-up to first served request", "ms",
                Stats.medianWithRange(toFirstRequest.get(Variant.BASELINE)), Stats.medianWithRange(toFirstRequest.get(Variant.WARDEN)),
                Target.addedAtMost(250, "ms"), "JVM launch to the end of the first POST /chunk answered 200; " + runs),
            new Measure("startup.listening", "start-up to listening", "ms",
                Stats.medianWithRange(toListening.get(Variant.BASELINE)), Stats.medianWithRange(toListening.get(Variant.WARDEN)),
                null, "JVM launch to the service printing LISTENING (agent premain and instrumentation included); " + runs
                    + agentLogNote() + "; service JVM " + String.join(" ", launcher.jvmArgs())));
    }

    private void once(Variant variant, String document, boolean kept) throws IOException, InterruptedException {
        ServiceLauncher.Prepared prepared = launcher.prepare(variant);
        try {
            long launch = System.nanoTime();
            try (ForkedService service = prepared.start()) {
                long listening = System.nanoTime();
                HttpResponse<String> first = http.send(HttpRequest.newBuilder(service.uri("/chunk?size=500&overlap=50"))
                        .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + prepared.token)
                        .POST(HttpRequest.BodyPublishers.ofString(document, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
                long served = System.nanoTime();
                if (first.statusCode() != 200) {
                    throw new IllegalStateException("start-up " + variant.label + ": the first request got HTTP "
                        + first.statusCode() + " " + first.body() + "\n--- service stderr ---\n" + service.stderr());
                }
                if (kept) {
                    toListening.get(variant).add((listening - launch) / 1e6);
                    toFirstRequest.get(variant).add((served - launch) / 1e6);
                    agentLog(service.stderr());
                }
            }
        } finally {
            prepared.cleanUp();
        }
    }

    private void agentLog(String stderr) {
        Matcher started = AGENT_STARTED.matcher(stderr);
        if (started.find()) {
            agentStart.add(Double.parseDouble(started.group(1)));
            agentInstrumentation.add(Double.parseDouble(started.group(2)));
        }
    }

    private String agentLogNote() {
        if (agentStart.isEmpty()) {
            return "";
        }
        return "; the agent logs its own start (premain) at " + Format.figure(Stats.medianWithRange(agentStart))
            + " ms, of which instrumentation " + Format.figure(Stats.medianWithRange(agentInstrumentation)) + " ms";
    }

    private static String firstDocument() {
        try (Stream<EuroparlDocument> documents = Europarl.documents()) {
            return documents.findFirst().orElseThrow().body();
        }
    }
}
