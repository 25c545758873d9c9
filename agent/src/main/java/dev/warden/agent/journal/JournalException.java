package dev.warden.agent.journal;

/** The journal could not be opened or written (missing permission, full disk, ...). */
public final class JournalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
