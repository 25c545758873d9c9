package dev.warden.it.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.it.fork.BuildLayout;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/**
 * The built agent jar keeps its third-party classes out of reach of every application class
 * loader: at the top level only the manifest, the launcher and the bootstrap API; everything else
 * under {@code inst/} as {@code .classdata}.
 */
class AgentJarLayoutIT {

    private static final List<String> ALLOWED_TOP_LEVEL = List.of("META-INF/", "dev/warden/launcher/", "dev/warden/bootstrap/", "inst/");

    @Test
    void topLevelHoldsOnlyTheManifestTheLauncherTheBootstrapApiAndInst() throws IOException {
        List<String> stray = entries().stream().filter(name -> !allowedAtTopLevel(name)).toList();

        assertEquals(List.of(), stray, "entries outside " + ALLOWED_TOP_LEVEL);
    }

    @Test
    void noLoadableClassFileUnderInst() throws IOException {
        List<String> entries = entries();
        List<String> classFiles = entries.stream().filter(n -> n.startsWith("inst/") && n.endsWith(".class")).toList();

        assertEquals(List.of(), classFiles);
        assertTrue(entries.stream().anyMatch(n -> n.startsWith("inst/dev/warden/") && n.endsWith(".classdata")),
            "the agent's own classes are expected under inst/ as .classdata");
    }

    @Test
    void manifestNamesTheLauncherAsPremainAgentAndCliAndAllowsRetransformation() throws IOException {
        try (JarFile jar = new JarFile(BuildLayout.agentJar().toFile())) {
            Manifest manifest = jar.getManifest();
            assertNotNull(manifest, "the agent jar has no manifest");
            assertEquals("dev.warden.launcher.AgentLauncher", manifest.getMainAttributes().getValue("Premain-Class"));
            assertEquals("dev.warden.launcher.AgentLauncher", manifest.getMainAttributes().getValue("Agent-Class"));
            assertEquals("true", manifest.getMainAttributes().getValue("Can-Retransform-Classes"));
            assertEquals("dev.warden.launcher.CliLauncher", manifest.getMainAttributes().getValue("Main-Class"));
            assertNotNull(jar.getEntry("dev/warden/bootstrap/WardenHooks.class"));
            assertFalse(jar.stream().anyMatch(e -> e.getName().startsWith("com/fasterxml/")));
        }
    }

    /** An allowed prefix, or a directory on the way to one ({@code dev/}, {@code dev/warden/}). */
    private static boolean allowedAtTopLevel(String name) {
        for (String prefix : ALLOWED_TOP_LEVEL) {
            if (name.startsWith(prefix) || (name.endsWith("/") && prefix.startsWith(name))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> entries() throws IOException {
        try (JarFile jar = new JarFile(BuildLayout.agentJar().toFile())) {
            return Collections.list(jar.entries()).stream().map(JarEntry::getName).toList();
        }
    }
}
