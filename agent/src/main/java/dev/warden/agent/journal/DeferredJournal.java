package dev.warden.agent.journal;

import dev.warden.agent.runtime.Background;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Opens the real journal on a background thread, so the application's start is not held up by
 * Chronicle's class loading and first file creation (CHRONICLE.md: ≈0.7 s). The first append waits
 * for it; an open that failed fails every append with the same cause.
 */
public final class DeferredJournal implements Journal {

    private final CompletableFuture<Journal> opening;

    public DeferredJournal(Supplier<Journal> opener) {
        this.opening = Background.supply("warden-journal-open", opener);
    }

    @Override
    public void append(JournalEvent event) {
        journal().append(event);
    }

    /** Waits until the journal is open (or has failed to open). */
    public Journal journal() {
        try {
            return opening.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof JournalException journalException) {
                throw journalException;
            }
            throw new JournalException("journal could not be opened: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JournalException("interrupted while the journal was opening", e);
        }
    }

    @Override
    public void close() {
        opening.thenAccept(Journal::close);
    }
}
