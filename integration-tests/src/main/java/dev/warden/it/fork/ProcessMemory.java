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

    private static final Pattern STATUS_KIB = Pattern.compile("^(VmRSS|RssAnon|RssFile):\\s+(\\d+) kB$", Pattern.MULTILINE);
    /**
     * A heap or generation line, committed and used: {@code garbage-first heap   total 397312K, used
     * 18277K [0x...} or {@code def new generation total 116160K, used 20671K [0x...} (JDK 17),
     * {@code garbage-first heap   total reserved 6172672K, committed 393216K, used 12300K [} or
     * {@code DefNew total 116160K, used 31005K [} (JDK 25). Space lines ({@code eden space 103296K,
     * 20% used [}) and Metaspace lines do not match.
     */
    private static final Pattern HEAP_LINE = Pattern.compile("\\b(?:total|committed) (\\d+)K, used (\\d+)K \\[");
    private static final Duration JCMD_DEADLINE = Duration.ofSeconds(60);

    private final Path jcmd;

    /** @param javaHome the JDK whose {@code bin/jcmd} can attach to the JVMs measured */
    public ProcessMemory(Path javaHome) {
        this.jcmd = javaHome.resolve("bin").resolve("jcmd");
        if (!Files.isExecutable(jcmd)) {
            throw new IllegalStateException(jcmd + " is missing: measuring heap needs a full JDK, not a JRE");
        }
    }

    /**
     * The resident set of a process, in bytes: in total, and split into anonymous memory (heap,
     * metaspace, code, thread stacks) and file-backed pages (jars, memory-mapped files such as a
     * journal). Linux counts both in {@code VmRSS}.
     */
    public record Resident(long total, long anonymous, long fileBacked) {
    }

    /** The resident set of process {@code pid}, from {@code /proc/<pid>/status}. */
    public static Resident resident(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        Matcher m = STATUS_KIB.matcher(Files.readString(status));
        long total = -1;
        long anonymous = 0;
        long file = 0;
        while (m.find()) {
            long bytes = Long.parseLong(m.group(2)) * 1024;
            switch (m.group(1)) {
                case "VmRSS" -> total = bytes;
                case "RssAnon" -> anonymous = bytes;
                default -> file = bytes;
            }
        }
        if (total < 0) {
            throw new IOException("no VmRSS line in " + status + " (not Linux, or the process has exited)");
        }
        return new Resident(total, anonymous, file);
    }

    /** The Java heap of a JVM, summed over its generations, in bytes. */
    public record Heap(long used, long committed) {
    }

    /** The Java heap of the JVM {@code pid} now. */
    public Heap heap(long pid) throws IOException, InterruptedException {
        return parseHeap(jcmd(pid, "GC.heap_info"));
    }

    /** Runs a full collection in the JVM {@code pid}, then returns its heap: the used part is its live data. */
    public Heap heapAfterFullGc(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        return heap(pid);
    }

    static Heap parseHeap(String heapInfo) {
        Matcher m = HEAP_LINE.matcher(heapInfo);
        long committedKib = 0;
        long usedKib = 0;
        boolean found = false;
        while (m.find()) {
            committedKib += Long.parseLong(m.group(1));
            usedKib += Long.parseLong(m.group(2));
            found = true;
        }
        if (!found) {
            throw new IllegalArgumentException("no heap line (\"used <n>K [\") in jcmd GC.heap_info output:\n" + heapInfo);
        }
        return new Heap(usedKib * 1024, committedKib * 1024);
    }

    private String jcmd(long pid, String command) throws IOException, InterruptedException {
        ProcessRun.Result result = ProcessRun.run(List.of(jcmd.toString(), Long.toString(pid), command), JCMD_DEADLINE);
        if (!result.succeeded()) {
            throw new IOException("jcmd " + command + " failed for pid " + pid + ": " + result.describe());
        }
        return result.stdout();
    }
}
