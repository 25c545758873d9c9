package dev.warden.policy.eval;

import dev.warden.policy.check.CheckedPolicy;
import dev.warden.policy.check.TargetKind;
import java.util.List;

/**
 * What decisions and explanations need to know about declarations beyond the indexes: their names
 * (for messages) and which target declarations come from {@code default monitor} files.
 */
record Declarations(List<String> identities, List<List<String>> targetNames, boolean[][] monitor, boolean allMonitor,
                    boolean anyMonitor) {

    static Declarations of(CheckedPolicy policy) {
        List<List<String>> names = List.of(
            policy.entryPoints().stream().map(CheckedPolicy.EntryPoint::name).toList(),
            policy.endpoints().stream().map(CheckedPolicy.Endpoint::name).toList(),
            policy.datasources().stream().map(CheckedPolicy.Datasource::name).toList());
        boolean[][] monitor = {
            monitor(policy, policy.entryPoints().stream().mapToInt(CheckedPolicy.EntryPoint::file).toArray()),
            monitor(policy, policy.endpoints().stream().mapToInt(CheckedPolicy.Endpoint::file).toArray()),
            monitor(policy, policy.datasources().stream().mapToInt(CheckedPolicy.Datasource::file).toArray()),
        };
        boolean allMonitor = policy.files().stream().allMatch(CheckedPolicy.FileHeader::monitor);
        boolean anyMonitor = policy.files().stream().anyMatch(CheckedPolicy.FileHeader::monitor);
        return new Declarations(policy.identities().stream().map(CheckedPolicy.Identity::name).toList(), names,
            monitor, allMonitor, anyMonitor);
    }

    private static boolean[] monitor(CheckedPolicy policy, int[] files) {
        boolean[] result = new boolean[files.length];
        for (int i = 0; i < files.length; i++) {
            result[i] = policy.files().get(files[i]).monitor();
        }
        return result;
    }

    /**
     * Whether a default deny of a request that matched {@code declarations} (of {@code kind}) is
     * monitor-only: every one of them is declared in a {@code default monitor} file — or, when it
     * matched none, every file of the set is.
     */
    boolean monitorOnly(TargetKind kind, int[] declarations) {
        if (declarations.length == 0) {
            return allMonitor;
        }
        for (int d : declarations) {
            if (!monitor[kind.ordinal()][d]) {
                return false;
            }
        }
        return true;
    }

    String targetName(TargetKind kind, int declaration) {
        return targetNames.get(kind.ordinal()).get(declaration);
    }
}
