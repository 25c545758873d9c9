package dev.warden.it.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What the figures were measured on: cores, CPU model, memory, OS, the JDK of the measured JVMs,
 * and the load average (the machine may be shared; figures from a busy one are noise).
 */
public record Machine(int cores, String cpu, long memoryMiB, String os, String jdk, String jdkHome) {

    static Machine describe(Path jdkHome) {
        return new Machine(Runtime.getRuntime().availableProcessors(),
            procLine(Path.of("/proc/cpuinfo"), "model name").map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown"),
            procLine(Path.of("/proc/meminfo"), "MemTotal").map(Machine::kib).orElse(0L) / 1024,
            System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
            jdkName(jdkHome), jdkHome.toString());
    }

    /** The 1, 5 and 15 minute load averages, as {@code /proc/loadavg} gives them. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** From the JDK's {@code release} file, e.g. {@code 17.0.15 (Debian)}. */
    private static String jdkName(Path home) {
        Properties release = new Properties();
        try (var in = Files.newBufferedReader(home.resolve("release"))) {
            release.load(in);
        } catch (IOException e) {
            return "unknown JDK at " + home;
        }
        String version = unquote(release.getProperty("JAVA_RUNTIME_VERSION", release.getProperty("JAVA_VERSION", "?")));
        String vendor = unquote(release.getProperty("IMPLEMENTOR", ""));
        return vendor.isEmpty() ? version : version + " (" + vendor + ")";
    }

    private static String unquote(String s) {
        return s.replace("\"", "");
    }

    private static Optional<String> procLine(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(key)).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long kib(String meminfoLine) {
        return Long.parseLong(meminfoLine.replaceAll("\\D", ""));
    }
}
