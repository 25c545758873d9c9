package dev.warden.agent.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One session as replay shows it, folded from its journal events.
 *
 * @param sessionId the session's id
 * @param start when it started (its first event if the start was not recorded)
 * @param identity the verified subject, {@code anonymous}, {@code rejected: <reason>}, or
 *     {@code unknown} when the session's start is missing from the journal
 * @param source where the session came from (e.g. {@code http}, {@code batch}); null if unknown
 * @param targets the entry points decided in this session, in first-seen order, without repeats
 * @param decision {@code deny} if any decision denied, else {@code approval_required} if any call
 *     needed an approval, else {@code permit} if any permitted, else {@code none}
 * @param ruleIds the ids of the rules behind those decisions, first-seen order, without repeats
 * @param outcome how it ended ({@code ok}, {@code denied}, {@code rejected}, {@code error}), or
 *     {@code open} if no end is recorded (still running, or the process died)
 * @param duration how long it took; null while {@code open}
 * @param events how many journal events belong to it
 */
public record SessionSummary(String sessionId, Instant start, String identity, String source, List<String> targets,
                             String decision, List<String> ruleIds, String outcome, Duration duration, int events) {

    public static final String PERMIT = "permit";
    public static final String DENY = "deny";
    /** As the journal records {@code Effect.APPROVAL_REQUIRED} (see SessionRecorder). */
    public static final String APPROVAL_REQUIRED = "approval_required";
    public static final String NONE = "none";
    public static final String OPEN = "open";

    public SessionSummary {
        targets = List.copyOf(targets);
        ruleIds = List.copyOf(ruleIds);
    }
}
