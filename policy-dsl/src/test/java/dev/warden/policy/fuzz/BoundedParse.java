package dev.warden.policy.fuzz;

import dev.warden.policy.PolicyException;
import dev.warden.policy.PolicyLoader;
import dev.warden.policy.PolicySet;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs {@link PolicyLoader#parse} on its own thread with a deadline, and turns anything but a
 * {@link PolicySet} or a {@link PolicyException} into a test failure that shows the input.
 */
final class BoundedParse {

    /** Inputs are capped at this many characters (generators and mutations respect it). */
    static final int MAX_SOURCE_CHARS = 20_000;

    /**
     * Generous: parsing 20 KB takes milliseconds. The bound exists to turn a hang into a failure
     * instead of a build that never ends; it is not a performance assertion.
     */
    private static final long DEADLINE_SECONDS = 20;

    /**
     * Half the usual default thread stack: recursion that only fits in a big stack fails here
     * rather than in a service whose threads have less.
     */
    private static final long STACK_BYTES = 512 * 1024;

    /** Either a compiled set or the exception with its diagnostics. */
    record Outcome(Map<String, String> sources, PolicySet policy, PolicyException error) {
        boolean compiled() {
            return policy != null;
        }
    }

    private BoundedParse() {
    }

    static Outcome parse(String fileName, String source) {
        return parse(Map.of(fileName, source));
    }

    static Outcome parse(Map<String, String> sources) {
        FutureTask<Outcome> task = new FutureTask<>(() -> {
            try {
                return new Outcome(sources, PolicyLoader.parse(sources), null);
            } catch (PolicyException e) {
                return new Outcome(sources, null, e);
            }
        });
        Thread worker = new Thread(null, task, "policy-fuzz-parse", STACK_BYTES);
        worker.setDaemon(true); // a parser stuck in a loop must not keep the test JVM alive
        worker.start();
        try {
            return task.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            throw new AssertionError("parsing did not finish within " + DEADLINE_SECONDS + " s: " + Inputs.describe(sources));
        } catch (ExecutionException e) {
            throw new AssertionError("PolicyLoader.parse threw " + e.getCause() + "; only PolicyException is allowed. "
                + Inputs.describe(sources), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
