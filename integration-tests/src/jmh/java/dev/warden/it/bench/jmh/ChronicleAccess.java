package dev.warden.it.bench.jmh;

/**
 * The JDK access Chronicle Queue needs in a JVM that opens a journal without the agent (which grants
 * it to itself): the same flags as the agent module's unit tests.
 */
final class ChronicleAccess {

    static final String EXPORT_NIO = "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED";
    static final String EXPORT_REF = "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED";
    static final String OPEN_REFLECT = "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED";

    private ChronicleAccess() {
    }
}
