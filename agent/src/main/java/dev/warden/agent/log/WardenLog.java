package dev.warden.agent.log;

import java.io.PrintStream;

/**
 * Warden's own log: one line per event on standard error, prefixed {@code [warden]}. Deliberately
 * not a logging framework: the agent must not touch the host's logging configuration. Never log a
 * token, a secret or an unmasked value.
 */
public final class WardenLog {

    public enum Level { DEBUG, INFO, WARN, ERROR, OFF }

    private static volatile Level threshold = Level.INFO;
    private static final PrintStream OUT = System.err;

    private WardenLog() {
    }

    public static void setThreshold(Level level) {
        threshold = level;
    }

    public static boolean debugEnabled() {
        return threshold.compareTo(Level.DEBUG) <= 0;
    }

    public static void debug(String message) {
        log(Level.DEBUG, message);
    }

    public static void info(String message) {
        log(Level.INFO, message);
    }

    public static void warn(String message) {
        log(Level.WARN, message);
    }

    public static void error(String message) {
        log(Level.ERROR, message);
    }

    private static void log(Level level, String message) {
        Level current = threshold;
        if (current != Level.OFF && level.compareTo(current) >= 0) {
            OUT.println("[warden] " + level + " " + message);
        }
    }
}
