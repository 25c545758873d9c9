package dev.warden.it.fork;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the build put what the forked JVMs need, as the Maven build passes it in system
 * properties: the agent jar ({@code warden.agent.jar}), the sample service's class path
 * ({@code warden.it.classes} + the file named by {@code warden.it.classpath.file}) and the
 * examples ({@code warden.examples.dir}).
 */
public final class BuildLayout {

    private BuildLayout() {
    }

    /** The built agent jar. @throws IllegalStateException when it has not been built */
    public static Path agentJar() {
        String configured = System.getProperty("warden.agent.jar");
        Path jar = configured != null ? Path.of(configured) : Path.of("../agent/target/warden-agent.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the agent jar " + jar.toAbsolutePath() + " does not exist: build it with "
                + "`mvn -B -pl agent -am package` (or run `mvn -B verify` from the repository root)");
        }
        return jar.toAbsolutePath().normalize();
    }

    /** The repository's {@code examples/} directory ({@code warden.examples.dir}, as the build passes it). */
    public static Path examplesDir() {
        Path dir = Path.of(System.getProperty("warden.examples.dir", "../examples"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no examples directory at " + dir.toAbsolutePath());
        }
        return dir.toAbsolutePath().normalize();
    }

    /** The sample service's run-time class path; this JVM's own class path when not built by Maven. */
    public static String sampleClasspath() {
        String classes = System.getProperty("warden.it.classes");
        String file = System.getProperty("warden.it.classpath.file");
        if (classes == null || file == null) {
            return System.getProperty("java.class.path");
        }
        try {
            String dependencies = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            return dependencies.isEmpty() ? classes : classes + File.pathSeparator + dependencies;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample service's class path from " + file
                + ": run the build (`mvn -B -pl integration-tests -am verify`) so that it writes it", e);
        }
    }
}
