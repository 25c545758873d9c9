package dev.warden.it.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Everything one run of the suite measured, and where and how: written as JSON and as Markdown. */
final class Results {

    private final String mode;
    private final String command;
    private final Machine machine;
    private final Instant started;
    private final String loadAtStart;
    private final Map<String, String> settings;
    private final List<Measure> measures = new ArrayList<>();
    private Duration took = Duration.ZERO;
    private String loadAtEnd = "";

    Results(String mode, String command, Machine machine, Map<String, String> settings) {
        this.mode = mode;
        this.command = command;
        this.machine = machine;
        this.settings = Map.copyOf(settings);
        this.started = Instant.now();
        this.loadAtStart = Machine.loadAverage();
    }

    void add(List<Measure> more) {
        measures.addAll(more);
    }

    List<Measure> measures() {
        return List.copyOf(measures);
    }

    void finish() {
        took = Duration.between(started, Instant.now());
        loadAtEnd = Machine.loadAverage();
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("results.json"), json(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("results.md"), markdown(), StandardCharsets.UTF_8);
    }

    String json() {
        Json j = new Json().open()
            .field("suite", "warden-benchmarks").field("mode", mode).field("command", command)
            .field("started", started.toString()).field("seconds", took.toMillis() / 1000.0)
            .field("loadAverageAtStart", loadAtStart).field("loadAverageAtEnd", loadAtEnd);
        j.object("machine").field("cores", machine.cores()).field("cpu", machine.cpu())
            .field("memoryMiB", machine.memoryMiB()).field("os", machine.os())
            .field("jdk", machine.jdk()).field("jdkHome", machine.jdkHome()).close();
        j.object("settings");
        settings.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> j.field(e.getKey(), e.getValue()));
        j.close();
        j.array("measures");
        for (Measure m : measures) {
            j.open().field("id", m.id()).field("name", m.name()).field("unit", m.unit());
            figure(j, "baseline", m.baseline());
            figure(j, "withWarden", m.withWarden());
            j.field("ratio", m.ratio()).field("added", m.added())
                .field("target", m.target() == null ? null : m.target().text()).field("met", m.met())
                .field("note", m.note()).close();
        }
        return j.endArray().close().toString() + "\n";
    }

    private static void figure(Json j, String name, Figure f) {
        if (f == null) {
            j.field(name, (String) null);
            return;
        }
        j.object(name).field("value", f.value()).field("error", f.error()).field("low", f.low()).field("high", f.high()).close();
    }

    /** The conditions, then one table row per measure. */
    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("Run of ").append(started).append(" (").append(mode).append(" mode, ")
            .append(took.toSeconds() / 60).append(" min ").append(took.toSeconds() % 60).append(" s): `")
            .append(command).append("`\n\n");
        md.append("- Machine: ").append(machine.cores()).append(" cores, ").append(machine.cpu()).append(", ")
            .append(String.format(Locale.ROOT, "%,d", machine.memoryMiB())).append(" MiB RAM, ")
            .append(machine.os()).append('\n');
        md.append("- JDK of the measured JVMs: ").append(machine.jdk()).append(" (").append(machine.jdkHome()).append(")\n");
        md.append("- Load average (1/5/15 min) at start: ").append(loadAtStart).append("; at end: ").append(loadAtEnd).append('\n');
        md.append("- Settings: ");
        settings.entrySet().stream().sorted(Map.Entry.comparingByKey())
            .forEach(e -> md.append(e.getKey()).append(" = ").append(e.getValue()).append("; "));
        md.setLength(md.length() - 2);
        md.append("\n\n| measure | unit | baseline (no agent) | with Warden | ratio | added | target | met? |\n")
            .append("|---|---|---:|---:|---:|---:|---|---|\n");
        for (Measure m : measures) {
            md.append("| ").append(m.name()).append(" | ").append(m.unit()).append(" | ")
                .append(Format.figure(m.baseline())).append(" | ").append(Format.figure(m.withWarden())).append(" | ")
                .append(Format.ratio(m.ratio())).append(" | ").append(Format.signed(m.added())).append(" | ")
                .append(m.target() == null ? "—" : m.target().text()).append(" | ")
                .append(m.met() == null ? "—" : (m.met() ? "yes" : "**no**")).append(" |\n");
        }
        md.append("\nNotes per measure:\n\n");
        for (Measure m : measures) {
            if (!m.note().isEmpty()) {
                md.append("- ").append(m.name()).append(": ").append(m.note()).append('\n');
            }
        }
        return md.toString();
    }
}
