package dev.warden.it.fork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory of another JVM on this (Linux) machine: its resident set from {@code /proc/<pid>/status},
 * and its Java heap in use from {@code jcmd <pid> GC.heap_info} of the JDK that runs it.
 */
public final class ProcessMemory {

    private static final Pattern VM_RSS = Pattern.compile("^VmRSS:\\s+(\\d+) kB$", Pattern.MULTILINE);
    /**
     * A heap or generation line: {@code garbage-first heap   total 397312K, used 18277K [0x...}, or
     * {@code def new generation total ..., used 20671K [0x...} (JDK 17), {@code DefNew ... used 31005K [}
     * (JDK 25). Space lines ({@code eden space 103296K,  20% used [}) and Metaspace have no "used NK [".
     */
    private static final Pattern HEAP_USED = Pattern.compile("\\bused (\\d+)K \\[");
    private static final Duration JCMD_DEADLINE = Duration.ofSeconds(60);

    private final Path jcmd;

    /** @param javaHome the JDK whose {@code bin/jcmd} can attach to the JVMs measured */
    public ProcessMemory(Path javaHome) {
        this.jcmd = javaHome.resolve("bin").resolve("jcmd");
        if (!Files.isExecutable(jcmd)) {
            throw new IllegalStateException(jcmd + " is missing: measuring heap needs a full JDK, not a JRE");
        }
    }

    /** The resident set size of process {@code pid}, in bytes. */
    public static long residentBytes(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        Matcher m = VM_RSS.matcher(Files.readString(status));
        if (!m.find()) {
            throw new IOException("no VmRSS line in " + status + " (not Linux, or the process has exited)");
        }
        return Long.parseLong(m.group(1)) * 1024;
    }

    /** The Java heap in use by the JVM {@code pid} (every generation), in bytes. */
    public long heapUsedBytes(long pid) throws IOException, InterruptedException {
        return parseHeapUsed(jcmd(pid, "GC.heap_info"));
    }

    /** Runs a full collection in the JVM {@code pid}, then returns its heap in use: its live data. */
    public long liveHeapBytes(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        return heapUsedBytes(pid);
    }

    static long parseHeapUsed(String heapInfo) {
        Matcher m = HEAP_USED.matcher(heapInfo);
        long kib = 0;
        boolean found = false;
        while (m.find()) {
            kib += Long.parseLong(m.group(1));
            found = true;
        }
        if (!found) {
            throw new IllegalArgumentException("no heap line (\"used <n>K [\") in jcmd GC.heap_info output:\n" + heapInfo);
        }
        return kib * 1024;
    }

    private String jcmd(long pid, String command) throws IOException, InterruptedException {
        ProcessRun.Result result = ProcessRun.run(List.of(jcmd.toString(), Long.toString(pid), command), JCMD_DEADLINE);
        if (!result.succeeded()) {
            throw new IOException("jcmd " + command + " failed for pid " + pid + ": " + result.describe());
        }
        return result.stdout();
    }
}
