package dev.warden.agent.credential;

import dev.warden.agent.log.WardenLog;
import dev.warden.policy.CredentialSource;
import dev.warden.policy.PolicySet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * When a policy set loads (at start and on each reload), tries every credential it declares, so a
 * missing secret shows in the log when the policy is deployed rather than at the first call that
 * needs it. Reading is a stat and a small read per credential; the values are dropped at once.
 */
public final class CredentialCheck {

    private CredentialCheck() {
    }

    /** One line per credential of {@code set} that cannot be read now, in name order; never a value. */
    public static List<String> problems(PolicySet set, Credentials credentials) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, CredentialSource> declared : set.credentials().entrySet()) {
            try {
                credentials.secret(declared.getKey(), declared.getValue());
            } catch (CredentialException e) {
                problems.add(e.problem() + "; inject rules that use it will deny the call; " + e.remedy());
            } catch (RuntimeException e) { // a bug here must not stop a policy from loading
                problems.add("credential " + declared.getKey() + ": could not be checked (" + e.getClass().getName() + ")");
            }
        }
        return problems;
    }

    /** Logs {@link #problems} as warnings: a missing secret must not stop the policy from loading. */
    public static void warnUnreadable(PolicySet set, Credentials credentials) {
        problems(set, credentials).forEach(WardenLog::warn);
    }
}
