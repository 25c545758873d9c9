package dev.warden.agent.journal;

/** The journal could not be opened, written or read (missing permission, full disk, not a journal, ...). */
public final class JournalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }

    public JournalException(String message) {
        super(message);
    }
}
