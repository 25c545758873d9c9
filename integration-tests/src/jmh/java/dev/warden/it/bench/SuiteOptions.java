package dev.warden.it.bench;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The suite's command line:
 * {@code --mode full|smoke --out DIR [--jdk JAVA_HOME] [--parts all|entry,startup,...]
 * [--update-docs true|false --docs docs/benchmarks.md]}.
 */
record SuiteOptions(SuiteSettings settings, Path out, Path jdk, Set<Part> parts, boolean updateDocs, Optional<Path> docs) {

    static final String USAGE = "usage: BenchmarkSuite --mode full|smoke --out DIR [--jdk JAVA_HOME]"
        + " [--parts all|" + Part.names() + "] [--update-docs true|false] [--docs PATH]";

    static SuiteOptions parse(String... args) {
        String mode = "full";
        Path out = null;
        Path jdk = Path.of(System.getProperty("java.home"));
        boolean updateDocs = false;
        Path docs = null;
        Set<Part> parts = EnumSet.allOf(Part.class);
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                throw new IllegalArgumentException(args[i] + " needs a value; " + USAGE);
            }
            switch (args[i]) {
                case "--mode" -> mode = value;
                case "--out" -> out = Path.of(value);
                case "--jdk" -> jdk = Path.of(value);
                case "--update-docs" -> updateDocs = Boolean.parseBoolean(value);
                case "--docs" -> docs = Path.of(value);
                case "--parts" -> parts = Part.parse(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
            }
            i++;
        }
        if (out == null) {
            throw new IllegalArgumentException("--out is required; " + USAGE);
        }
        if (updateDocs && docs == null) {
            throw new IllegalArgumentException("--update-docs true needs --docs PATH; " + USAGE);
        }
        if (updateDocs && mode.equals("smoke")) {
            throw new IllegalArgumentException("smoke figures mean nothing: --update-docs needs --mode full");
        }
        if (updateDocs && parts.size() < Part.values().length) {
            throw new IllegalArgumentException("the docs show every figure of one run: --update-docs needs --parts all");
        }
        return new SuiteOptions(SuiteSettings.of(mode), out.toAbsolutePath(), jdk.toAbsolutePath(), Set.copyOf(parts), updateDocs,
            Optional.ofNullable(docs));
    }

    /** The parts as the command line gives them ({@code -Dwarden.bench.parts=...}), empty for all. */
    String partsOption() {
        return parts.size() == Part.values().length ? ""
            : parts.stream().sorted().map(Part::option).collect(java.util.stream.Collectors.joining(","));
    }

    /** The java executable of the measured JVMs. */
    Path java() {
        return jdk.resolve("bin").resolve("java");
    }
}
