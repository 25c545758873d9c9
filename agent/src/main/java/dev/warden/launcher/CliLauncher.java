package dev.warden.launcher;

import java.io.File;
import java.lang.reflect.InvocationTargetException;

/** {@code Main-Class}: runs the CLI ({@code java -jar warden-agent.jar replay ...}) inside the isolated loader. */
public final class CliLauncher {

    private static final String CLI_CLASS = "dev.warden.agent.cli.WardenCli";

    private CliLauncher() {
    }

    public static void main(String[] args) throws Throwable {
        File agentJar = AgentJar.locate();
        ClassLoader isolated = new IsolatedClassLoader(agentJar, ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(isolated);
        Class<?> cli = Class.forName(CLI_CLASS, true, isolated);
        int status;
        try {
            status = (int) cli.getMethod("run", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        System.exit(status);
    }
}
