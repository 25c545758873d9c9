package dev.warden.policy.fuzz;

import java.util.List;

/**
 * The small sets of words both sides draw from: policies test these values, and requests carry
 * them, so that conditions come out true as well as false. Random text is mixed in on both sides.
 */
final class Vocabulary {
    /** Attribute paths the agent does not compute: typed at decision time. Some are keywords. */
    static final List<String> ATTRIBUTES = List.of("tenant", "dry_run", "request.kind", "doc.labels.count", "when",
        "call", "issuer", "x_1", "_", "argument", "principals", "tags", "permit", "endpoint", "policy", "detect");
    static final List<String> CLAIMS = List.of("dept", "level", "aud", "role", "email_verified");
    static final List<String> GROUPS = List.of("etl", "frozen", "ops", "caf\u00e9", "a \"quoted\" group", "");
    /** Values of string attributes, claims and headers. */
    static final List<String> WORDS = List.of("acme", "frozen", "prod", "", "caf\u00e9", "application/json", "GET");
    static final List<Long> NUMBERS = List.of(0L, 1L, -1L, 7L, 100L, 5_000_000L, Long.MAX_VALUE, Long.MIN_VALUE);
    static final List<String> TABLES = List.of("customers", "orders", "audit_log", "caf\u00e9", "");
    /** {@code http.header.NAME} names: '_' stands for '-' and case does not matter. */
    static final List<String> HEADERS = List.of("content_type", "x_api_key", "authorization", "X_Tenant", "accept");
    /** Header names an inject rule writes; some differ only in case, and 'Authorization' is where bearer goes. */
    static final List<String> INJECT_HEADERS = List.of("X-Api-Key", "x-api-key", "Authorization", "X_Token", "api.key");

    /** Time zones with odd offsets and daylight saving, and a plain offset. */
    static final List<String> ZONES = List.of("UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata",
        "Australia/Lord_Howe", "Pacific/Chatham", "America/St_Johns", "Etc/GMT+12", "+05:45");

    /** Valid RE2 expressions, the empty one included (a mask regex must not be empty). */
    static final List<String> REGEXES = List.of(".*", "acme|frozen", "[a-z]+", "/v1/.*", "(?i)get|post", "\\p{L}*",
        "a{2,5}", "x*y?", "svc-.*@.*", "caf\u00e9", "\\Q.*\\E", "[^/]+", "EMP-[0-9]{6}", "^$", "");

    /** Column globs over dotted names. */
    static final List<String> COLUMNS = List.of("customers.email", "customers.*", "**.ssn", "*", "**", "a*b.c",
        "caf\u00e9.*");

    private Vocabulary() {
    }
}
