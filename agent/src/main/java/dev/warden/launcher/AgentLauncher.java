package dev.warden.launcher;

import java.io.File;
import java.lang.instrument.Instrumentation;
import java.util.jar.JarFile;

/**
 * {@code Premain-Class} and {@code Agent-Class}. JDK only: it puts the bootstrap API on the
 * bootstrap class path, builds the isolated loader and hands over to the real agent inside it.
 * Any failure here is reported in one line and the application starts without Warden; it never
 * stops the host from starting.
 */
public final class AgentLauncher {

    private static final String AGENT_CLASS = "dev.warden.agent.WardenAgent";

    private AgentLauncher() {
    }

    public static void premain(String arguments, Instrumentation instrumentation) {
        start(arguments, instrumentation, false);
    }

    public static void agentmain(String arguments, Instrumentation instrumentation) {
        start(arguments, instrumentation, true);
    }

    private static void start(String arguments, Instrumentation instrumentation, boolean attached) {
        try {
            File agentJar = AgentJar.locate();
            instrumentation.appendToBootstrapClassLoaderSearch(new JarFile(agentJar));
            ClassLoader isolated = new IsolatedClassLoader(agentJar, ClassLoader.getPlatformClassLoader());
            Class<?> agent = Class.forName(AGENT_CLASS, true, isolated);
            agent.getMethod("start", String.class, Instrumentation.class, File.class, boolean.class)
                .invoke(null, arguments, instrumentation, agentJar, attached);
        } catch (Throwable t) {
            Throwable cause = t instanceof java.lang.reflect.InvocationTargetException && t.getCause() != null ? t.getCause() : t;
            System.err.println("[warden] ERROR agent failed to start, the application runs WITHOUT Warden: " + cause);
        }
    }
}
