package dev.warden.agent.session;

import dev.warden.agent.log.WardenLog;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What happens when Warden itself fails inside a hook (a bug, a full disk, a journal that would not
 * open): in enforce mode the guarded call is denied (fail closed), in monitor mode it runs. Either
 * way one clear log line per kind of failure, not one per call.
 */
final class FailureHandler {

    private final boolean failClosed;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    FailureHandler(boolean failClosed) {
        this.failClosed = failClosed;
    }

    /** Logs the failure (once per kind) and tells whether the guarded call must be denied. */
    boolean onInternalError(String where, Throwable failure) {
        String kind = where + ":" + failure.getClass().getName();
        if (reported.add(kind)) {
            WardenLog.error("internal failure in " + where + ": " + failure
                + (failClosed ? " -- guarded calls are DENIED while this persists (mode=enforce)"
                              : " -- guarded calls run unchecked (mode=monitor)"));
        }
        return failClosed;
    }

    boolean failClosed() {
        return failClosed;
    }
}
