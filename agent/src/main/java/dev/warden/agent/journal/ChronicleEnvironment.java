package dev.warden.agent.journal;

import net.openhft.chronicle.queue.ChronicleQueue;

/**
 * The one place that prepares the JVM for Chronicle Queue. Its static initialiser runs before any
 * Chronicle class is initialised (callers reach Chronicle only through this class), so the
 * properties below are in place when Chronicle's own static initialisers read them.
 */
final class ChronicleEnvironment {

    static {
        // Chronicle otherwise looks up www.google-analytics.com and writes ~/.chronicle.analytics.*.
        setIfUnset("chronicle.analytics.disable", "true");
        // Chronicle otherwise loads ./system.properties (and ../) of the host's working directory
        // into the host's system properties.
        setIfUnset("system.properties", "/dev/null");
    }

    /** Naming the class object loads it without initialising it: no Chronicle code runs here. */
    private static final ClassLoader CHRONICLE_LOADER = ChronicleQueue.class.getClassLoader();

    private ChronicleEnvironment() {
    }

    /** Runs the static initialiser (idempotent); call before touching any Chronicle class. */
    static void prepare() {
        // the work happens in the static initialiser
    }

    /**
     * Makes Chronicle's own class loader the thread's context loader and returns the previous one.
     * Chronicle uses the context loader (ServiceLoader, class lookups); inside the agent it is the
     * application's loader, which cannot see Chronicle, and on Java 25 a null one makes queue
     * creation fail with an NPE.
     */
    static ClassLoader enter(Thread thread) {
        ClassLoader previous = thread.getContextClassLoader();
        if (previous != CHRONICLE_LOADER) {
            thread.setContextClassLoader(CHRONICLE_LOADER);
        }
        return previous;
    }

    /** Restores the loader {@link #enter} returned. */
    static void exit(Thread thread, ClassLoader previous) {
        if (previous != CHRONICLE_LOADER) {
            thread.setContextClassLoader(previous);
        }
    }

    private static void setIfUnset(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
