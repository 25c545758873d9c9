package dev.warden.it.bench;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The suite's command line:
 * {@code --mode full|smoke --out DIR [--jdk JAVA_HOME] [--update-docs true|false --docs docs/benchmarks.md]}.
 */
record SuiteOptions(SuiteSettings settings, Path out, Path jdk, boolean updateDocs, Optional<Path> docs) {

    static final String USAGE = "usage: BenchmarkSuite --mode full|smoke --out DIR [--jdk JAVA_HOME]"
        + " [--update-docs true|false] [--docs PATH]";

    static SuiteOptions parse(String... args) {
        String mode = "full";
        Path out = null;
        Path jdk = Path.of(System.getProperty("java.home"));
        boolean updateDocs = false;
        Path docs = null;
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
        return new SuiteOptions(SuiteSettings.of(mode), out.toAbsolutePath(), jdk.toAbsolutePath(), updateDocs,
            Optional.ofNullable(docs));
    }

    /** The java executable of the measured JVMs. */
    Path java() {
        return jdk.resolve("bin").resolve("java");
    }
}
