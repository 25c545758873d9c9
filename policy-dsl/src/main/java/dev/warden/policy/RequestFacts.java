package dev.warden.policy;

import java.util.List;

/**
 * The attribute names the agent fills in for conditions to test, and the documented values of the
 * ones with a fixed vocabulary. Using these constants keeps the agent and the policy in step.
 */
public final class RequestFacts {
    /** Entry points: total characters of text in the call's arguments ({@code Long}). */
    public static final String ARG_SIZE = "arg.size";
    /** Entry points: number of texts in the call's arguments ({@code Long}). */
    public static final String ARG_COUNT = "arg.count";
    /** Endpoints: size of the request body in bytes ({@code Long}). */
    public static final String PAYLOAD_SIZE = "payload.size";
    /** Datasources: what the SQL does ({@code Set<String>} of {@link #SQL_EFFECTS}). */
    public static final String SQL_EFFECTS = "sql.effects";
    /** Datasources: the tables the SQL names, lower case, unquoted ({@code Set<String>}). */
    public static final String SQL_TABLES = "sql.tables";
    /** Datasources: false if any UPDATE, DELETE or MERGE lacks a WHERE ({@code Boolean}). */
    public static final String SQL_HAS_WHERE = "sql.has_where";
    /** Datasources: whether the classifier understood the whole SQL text ({@code Boolean}). */
    public static final String SQL_PARSED = "sql.parsed";
    /** Datasources: the number of statements in the SQL text, stacked ones included ({@code Long}). */
    public static final String SQL_STATEMENTS = "sql.statements";
    /** Datasources, after the call: rows the statement returned or changed ({@code Long}). */
    public static final String RESULT_ROWS = Request.RESULT_ROWS;

    /** The values {@code sql.effects} may hold: one per kind of statement. */
    public static final List<String> SQL_EFFECT_NAMES = List.of("select", "insert", "update", "delete", "merge",
        "create", "alter", "drop", "truncate", "rename", "grant", "revoke", "call", "copy", "lock", "set",
        "transaction", "other");

    /** The values of {@code time.weekday}. */
    public static final List<String> WEEKDAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private RequestFacts() {
    }
}
