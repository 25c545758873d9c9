package dev.warden.agent.replay;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many sessions one identity had with one overall decision.
 *
 * @param identity as in {@link SessionSummary#identity()}
 * @param decision {@code permit}, {@code approval_required}, {@code deny} or {@code none}
 * @param sessions how many sessions
 */
public record IdentityDecisionCount(String identity, String decision, long sessions) {

    private static final List<String> DECISION_ORDER =
        List.of(SessionSummary.PERMIT, SessionSummary.APPROVAL_REQUIRED, SessionSummary.DENY, SessionSummary.NONE);

    /** Counts per identity x decision, sorted by identity, then permit, approval_required, deny, none. */
    public static List<IdentityDecisionCount> count(Collection<SessionSummary> sessions) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (SessionSummary s : sessions) {
            counts.computeIfAbsent(s.identity(), k -> new TreeMap<>()).merge(s.decision(), 1L, Long::sum);
        }
        return counts.entrySet().stream()
            .flatMap(byIdentity -> byIdentity.getValue().entrySet().stream()
                .map(e -> new IdentityDecisionCount(byIdentity.getKey(), e.getKey(), e.getValue())))
            .sorted(Comparator.comparing(IdentityDecisionCount::identity)
                .thenComparing(c -> rank(c.decision())))
            .toList();
    }

    private static int rank(String decision) {
        int i = DECISION_ORDER.indexOf(decision);
        return i < 0 ? DECISION_ORDER.size() : i;
    }
}
