package dev.warden.agent.cli;

/** The exit statuses of {@code warden} (documented in docs/cli.md). */
final class ExitStatus {

    /** Done. */
    static final int OK = 0;
    /** What was asked for does not exist (e.g. an unknown session id). */
    static final int NOT_FOUND = 1;
    /** {@code policy check} found errors (or warnings, with {@code --warnings-as-errors}). */
    static final int POLICY_ERRORS = 1;
    /** A policy test failed, or {@code policy fmt --check} found a file that is not formatted. */
    static final int FAILED = 1;
    /** Bad command line, or bad input (no journal at the given directory, unreadable journal). */
    static final int USAGE = 2;
    /** A bug in Warden. */
    static final int INTERNAL = 3;

    private ExitStatus() {
    }
}
