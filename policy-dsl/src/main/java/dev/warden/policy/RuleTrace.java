package dev.warden.policy;

/**
 * What one rule did for a request.
 *
 * @param ruleId the rule's name
 * @param kind its keyword: {@code permit}, {@code forbid}, {@code require_approval}, {@code mask}, {@code inject}
 * @param status matched, not matched, error, or skipped
 * @param clause for NOT_MATCHED and ERROR: the clause that decided it as written
 *     ({@code principal}, {@code call}, {@code when arg.size <= 5000000}); otherwise null
 * @param detail why, for people; null when matched
 */
public record RuleTrace(String ruleId, String kind, Status status, String clause, String detail) {

    public enum Status {
        /** Principal, target and every condition hold. */
        MATCHED,
        /** The first clause that failed is in {@link #clause()}. */
        NOT_MATCHED,
        /** A condition could not be evaluated: a forbid, require_approval or mask counts as matched, a permit does not. */
        ERROR,
        /** The rule reads {@code result.*} and the request carries no result: a before-call decision ignores it. */
        SKIPPED
    }

    /** {@code permit 'p': not matched at 'when arg.size <= 5' (arg.size is 9)}. */
    public String render() {
        String head = kind + " '" + ruleId + "': ";
        return switch (status) {
            case MATCHED -> head + "matched";
            case NOT_MATCHED -> head + "not matched at '" + clause + "' (" + detail + ")";
            case ERROR -> head + "error in '" + clause + "' (" + detail + ")";
            case SKIPPED -> head + "skipped (" + detail + ")";
        };
    }
}
