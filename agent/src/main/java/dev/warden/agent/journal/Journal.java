package dev.warden.agent.journal;

/**
 * Where events go. {@link #append} returns only once the event is durable in the journal's
 * memory-mapped file (so a guarded call never proceeds before its decision is recorded), and throws
 * {@link JournalException} when it cannot be written.
 */
public interface Journal extends AutoCloseable {

    void append(JournalEvent event);

    @Override
    void close();
}
