package dev.warden.it.fork;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Builds a {@code java ...} command line for a child JVM. */
public final class JavaCommand {

    /** Where the Java 25 JDK lives on the project's machines. */
    public static final Path JAVA_25_HOME = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

    private final Path javaExecutable;
    private final List<String> jvmArgs = new ArrayList<>();

    private JavaCommand(Path javaExecutable) {
        this.javaExecutable = javaExecutable;
    }

    /** The JVM running this code. */
    public static JavaCommand current() {
        return new JavaCommand(Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    /** The {@code java} of the JDK at {@code javaHome}. */
    public static JavaCommand of(Path javaHome) {
        return new JavaCommand(javaHome.resolve("bin").resolve("java"));
    }

    /** The Java 25 JDK, when this machine has it. */
    public static Optional<JavaCommand> java25() {
        return Files.isExecutable(JAVA_25_HOME.resolve("bin/java")) ? Optional.of(of(JAVA_25_HOME)) : Optional.empty();
    }

    public JavaCommand agent(Path agentJar, AgentOptions options) {
        jvmArgs.add("-javaagent:" + agentJar.toAbsolutePath() + "=" + options.render());
        return this;
    }

    public JavaCommand jvmArg(String arg) {
        jvmArgs.add(arg);
        return this;
    }

    /** {@code java <jvm args> -cp <classpath> <mainClass> <args>}. */
    public List<String> main(String classpath, String mainClass, String... args) {
        List<String> command = start();
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        Collections.addAll(command, args);
        return command;
    }

    /** {@code java <jvm args> -jar <jar> <args>}. */
    public List<String> jar(Path jar, String... args) {
        List<String> command = start();
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        Collections.addAll(command, args);
        return command;
    }

    private List<String> start() {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable.toString());
        command.addAll(jvmArgs);
        return command;
    }
}
