package dev.warden.agent.cli;

/** Ends a command with an exit status and one line for the user on standard error. */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    CliException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
