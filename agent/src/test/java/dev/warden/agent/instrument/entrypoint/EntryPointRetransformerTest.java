package dev.warden.agent.instrument.entrypoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Instrumentation follows a policy reload, in a forked JVM with a real {@link java.lang.instrument.Instrumentation}
 * (from Byte Buddy's agent jar) and Warden's own installer, as premain runs it (no walk over loaded
 * classes at start). See {@link RetransformProbe} for the scenario.
 */
class EntryPointRetransformerTest {

    private static List<String> output;

    @BeforeAll
    static void runProbe() throws Exception {
        String classPath = System.getProperty("java.class.path");
        String byteBuddyAgent = Arrays.stream(classPath.split(File.pathSeparator))
            .filter(entry -> new File(entry).getName().startsWith("byte-buddy-agent-")).findFirst()
            .orElseThrow(() -> new AssertionError("byte-buddy-agent is not on the test class path: " + classPath));
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"),
            "-javaagent:" + byteBuddyAgent, "-cp", classPath, RetransformProbe.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the probe did not finish: " + out);
        assertEquals(0, process.exitValue(), out);
        output = out.lines().toList();
    }

    private static String phase(String name) {
        return output.stream().filter(line -> line.startsWith(name + " ")).findFirst()
            .orElseThrow(() -> new AssertionError("no '" + name + "' line in " + output));
    }

    @Test
    void atStartOnlyTheMethodThePolicyNamesIsGuarded() {
        assertEquals("first {Greeter#hello=1}", phase("first"));
    }

    @Test
    void afterAReloadTheDroppedMethodLosesItsAdviceAndTheNewlyNamedLoadedAndLaterClassesGainIt() {
        assertEquals("second {Farewell#bye=1, Later#run=1}", phase("second"));
    }

    @Test
    void theRetransformationIsLoggedWithTheLoadedClassesItTouched() {
        String line = output.stream().filter(l -> l.contains("entry points changed")).findFirst()
            .orElseThrow(() -> new AssertionError("no retransformation line in " + output));
        assertTrue(line.contains("(+2 -1 patterns): retransformed 2 loaded classes"), line);
        assertTrue(line.contains("dev.warden.testapp.Greeter") && line.contains("dev.warden.testapp.Farewell"), line);
        assertTrue(output.stream().noneMatch(l -> l.contains("could not")), output::toString);
    }
}
