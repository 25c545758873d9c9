package dev.warden.agent.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the journal does to a JVM that has not been prepared for Chronicle (no flags, no
 * properties), checked in a forked JVM because the test JVM itself runs with both.
 */
class JournalForkedJvmTest {

    private static final List<String> JDK_ACCESS = List.of(
        "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED",
        "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED");

    @TempDir
    Path tmp;

    @Test
    void chronicleSideEffectsAreSwitchedOffWithoutAnyProperties() throws Exception {
        Path home = Files.createDirectory(tmp.resolve("home"));
        Path work = Files.createDirectory(tmp.resolve("work"));
        // Chronicle would load this file from the working directory into the system properties.
        Files.writeString(work.resolve("system.properties"), "warden.probe.leaked=yes\n");
        String out = probe(work, home, JDK_ACCESS);
        assertTrue(out.contains("appended"), out);
        assertTrue(out.contains("chronicle.analytics.disable=true"), out);
        assertTrue(out.contains("system.properties=/dev/null"), out);
        assertTrue(out.contains("leaked=null"), out);
        try (Stream<Path> files = Files.list(home)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().contains("chronicle")).toList());
        }
    }

    @Test
    void withoutJdkAccessOpeningFailsWithAJournalExceptionNamingTheFix() throws Exception {
        Path home = Files.createDirectory(tmp.resolve("home"));
        String out = probe(tmp, home, List.of());
        assertTrue(out.contains("JournalException: cannot open the journal in "), out);
        assertTrue(out.contains("java.base/sun.nio.ch"), out);
    }

    private String probe(Path workDir, Path home, List<String> jvmFlags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmFlags);
        command.add("-Duser.home=" + home);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(JournalProbe.class.getName());
        command.add(tmp.resolve("journal").toString());
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "probe did not finish: " + out);
        assertEquals(0, process.exitValue(), out);
        return out;
    }
}
