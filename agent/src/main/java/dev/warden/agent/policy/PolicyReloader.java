package dev.warden.agent.policy;

import dev.warden.agent.journal.Journal;
import dev.warden.agent.journal.JournalEvent;
import dev.warden.agent.journal.JournalEvent.PolicyChanged;
import dev.warden.agent.journal.JournalEvent.PolicyRejected;
import dev.warden.agent.log.WardenLog;
import dev.warden.policy.CheckResult;
import dev.warden.policy.EntryPointPattern;
import dev.warden.policy.PolicyException;
import dev.warden.policy.PolicyLoader;
import dev.warden.policy.PolicySet;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reloads the whole policy set with the loader used at start. A set that compiles is journaled, then
 * swapped in atomically, then handed to {@code onSwap} (instrumentation follows it); a set that does
 * not is logged with every error and journaled as rejected, and the set in force stays. Runs on one
 * thread at a time (the watcher's).
 */
public final class PolicyReloader {

    private final List<Path> paths;
    private final PolicyHolder holder;
    private final Journal journal;
    private final boolean enforce;
    private final BiConsumer<PolicySet, PolicySet> onSwap;

    /** @param onSwap told (previous, now in force) after each swap */
    public PolicyReloader(List<Path> paths, PolicyHolder holder, Journal journal, boolean enforce,
                          BiConsumer<PolicySet, PolicySet> onSwap) {
        this.paths = List.copyOf(paths);
        this.holder = holder;
        this.journal = journal;
        this.enforce = enforce;
        this.onSwap = onSwap;
    }

    /** Reads the policy paths again; logs and journals what it did. */
    public ReloadOutcome reload() {
        PolicySet kept = holder.current();
        CheckResult onDisk;
        try {
            onDisk = PolicyLoader.check(paths);
        } catch (RuntimeException e) {
            return rejected(kept, CheckResult.UNREADABLE, 0, 1, "policy could not be read: " + e);
        }
        if (onDisk.revision().equals(kept.revision())) {
            return unchanged(kept);
        }
        if (!onDisk.ok()) {
            guardDeclaredEntryPoints(kept, onDisk);
            return rejected(kept, onDisk.revision(), onDisk.files(), onDisk.errors().size(),
                new PolicyException(onDisk.errors()).getMessage());
        }
        PolicySet next = onDisk.policySet();
        PolicyLoading.logWarnings(onDisk);
        // Journaled before the swap: no decision under the new revision precedes its PolicyChanged.
        record(new PolicyChanged(nowMicros(), kept.revision(), next.revision(), onDisk.files()));
        if (!holder.replace(kept, next)) {
            throw new IllegalStateException("the policy in force changed during a reload: reloads must not overlap");
        }
        ReloadOutcome outcome = ReloadOutcome.accepted(kept.revision(), next.revision(), onDisk.files());
        WardenLog.info(outcome.summary());
        onSwap.accept(kept, next);
        return outcome;
    }

    /**
     * While a deny-all set stands in (no policy has loaded yet), the entrypoint declarations of a
     * rejected set are guarded, and so denied, as they are at start: the stand-in grows to name them
     * and instrumentation follows. Otherwise a method named only in the edited, still broken, text
     * would run unchecked. It never shrinks: a method once named stays denied until a policy loads.
     */
    private void guardDeclaredEntryPoints(PolicySet kept, CheckResult rejected) {
        if (holder.loaded(kept)) {
            return; // the last good policy stays in force, with its own entry points
        }
        Set<EntryPointPattern> patterns = new LinkedHashSet<>(kept.entryPoints());
        if (!patterns.addAll(rejected.declaredEntryPoints())) {
            return;
        }
        PolicySet standIn = PolicySet.denyAll(PolicyLoading.FAILED_TO_LOAD, List.copyOf(patterns));
        if (holder.replace(kept, standIn)) {
            onSwap.accept(kept, standIn);
        }
    }

    /** A touched file, a ConfigMap refresh with the same data: worth a line only when debugging. */
    private static ReloadOutcome unchanged(PolicySet kept) {
        ReloadOutcome outcome = ReloadOutcome.unchanged(kept.revision());
        WardenLog.debug(outcome.summary());
        return outcome;
    }

    private ReloadOutcome rejected(PolicySet kept, String revision, int files, int errors, String details) {
        String keeping = holder.loaded(kept)
            ? "the policy in force stays (" + kept.revision() + ")"
            : "still no valid policy: " + PolicyLoading.consequence(enforce);
        ReloadOutcome outcome = ReloadOutcome.rejected(kept.revision(), revision, files, errors,
            "policy reload rejected " + revision + ", " + errors + " error(s); " + keeping + "\n" + details);
        WardenLog.error(outcome.summary());
        record(new PolicyRejected(nowMicros(), kept.revision(), revision, files, errors));
        return outcome;
    }

    /** A journal that cannot be written must not stop a reload: decisions fail closed on their own. */
    private void record(JournalEvent event) {
        try {
            journal.append(event);
        } catch (RuntimeException e) {
            WardenLog.warn("could not journal " + event.getClass().getSimpleName() + ": " + e);
        }
    }

    private static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }
}
