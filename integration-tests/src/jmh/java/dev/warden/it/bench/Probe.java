package dev.warden.it.bench;

import dev.warden.it.bench.jmh.EntryCallBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the forks of one entry-call run reported ({@link EntryCallBenchmark#report}), one line per fork. */
record Probe(List<Fork> forks) {

    private static final Pattern LINE = Pattern.compile("installed=(true|false) calls=(\\d+) denials=(\\d+) marker=(\\S+)");
    private static final String MARKER_RULE = "probe_marker";

    /** @param markerRule the rule that denied the marker call, or {@code none} */
    record Fork(boolean installed, long calls, long denials, String markerRule) {
    }

    static Probe read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IllegalStateException("no fork wrote its probe " + file + ": did the benchmark's tear-down run?");
        }
        return new Probe(Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(Probe::parse).toList());
    }

    private static Fork parse(String line) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
            throw new IllegalStateException("unreadable probe line: " + line);
        }
        return new Fork(Boolean.parseBoolean(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), m.group(4));
    }

    /**
     * @throws IllegalStateException unless, in every fork, Warden was running (and guarding with the
     *     benchmark policy: the marker call was denied by its rule) exactly when {@code agent}, and
     *     denied every measured call when {@code expectDenials}, none otherwise
     */
    void check(String variant, boolean agent, boolean expectDenials) {
        if (forks.isEmpty()) {
            throw new IllegalStateException(variant + ": the probe is empty");
        }
        for (Fork f : forks) {
            boolean deniedAsExpected = expectDenials ? f.denials() == f.calls() : f.denials() == 0;
            boolean guardedAsExpected = agent ? f.markerRule().equals(MARKER_RULE) : f.markerRule().equals("none");
            if (f.installed() != agent || !guardedAsExpected || f.calls() == 0 || !deniedAsExpected) {
                throw new IllegalStateException(variant + ": a fork measured the wrong thing: " + f + " (expected Warden "
                    + (agent ? "running and guarding with the benchmark policy" : "absent") + ", "
                    + (expectDenials ? "every call denied" : "no call denied") + "); check the agent jar, the agent's"
                    + " log above and the benchmark policy");
            }
        }
    }
}
