package dev.warden.agent.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Start-up work that the application's first request needs but its start does not (opening the
 * journal, reading the issuer's keys): run on a daemon thread of its own, started at premain, so
 * that it overlaps with the rest of premain and with the application's own start.
 */
public final class Background {

    private Background() {
    }

    /**
     * Runs {@code work} on a new daemon thread named {@code name}, whose context class loader is
     * Warden's own (libraries such as Chronicle look classes up through it).
     */
    public static void run(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.setContextClassLoader(Background.class.getClassLoader());
        thread.start();
    }

    /**
     * As {@link #run}, for work with a result.
     *
     * @return completes with the result, or exceptionally with whatever {@code work} threw
     */
    public static <T> CompletableFuture<T> supply(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        run(name, () -> complete(result, work));
        return result;
    }

    private static <T> void complete(CompletableFuture<T> result, Supplier<T> work) {
        try {
            result.complete(work.get());
        } catch (Throwable t) {
            result.completeExceptionally(t);
        }
    }
}
