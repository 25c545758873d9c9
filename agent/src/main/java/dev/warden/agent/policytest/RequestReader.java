package dev.warden.agent.policytest;

import dev.warden.policy.Action;
import dev.warden.policy.EntryPointCall;
import dev.warden.policy.HttpCall;
import dev.warden.policy.Principal;
import dev.warden.policy.Request;
import dev.warden.policy.SqlCall;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one request — the format {@code policy explain --request} and {@code .policytest} files
 * share (docs/policy-language.md, "Testing and explaining policies"):
 *
 * <pre>{@code
 * { "principal": "anonymous" | {"subject", "issuer", "audiences", "groups", "claims"},
 *   "call": {"method": "pkg.Class#method(Type)", "supertypes": [...]}
 *     | "http": {"method", "url", "headers"}
 *     | "sql": {"url", "effects", "tables", "has_where", "parsed", "statements"},
 *   "attributes": {"arg.size": 1200, ...},
 *   "time": "2026-03-10T09:00:00Z",
 *   "result": {"rows": 120} }
 * }</pre>
 */
final class RequestReader {
    static final List<String> FIELDS = List.of("principal", "call", "http", "sql", "attributes", "time", "result");
    static final List<String> ACTIONS = List.of("call", "http", "sql");
    /** The time of a request that states none: fixed, so a test never depends on when it runs. */
    static final Instant DEFAULT_TIME = Instant.EPOCH;

    private RequestReader() {
    }

    /** The request, or null when anything in it is wrong (every problem reported). */
    static Request read(Json json, String what, Problems problems) {
        int before = problems.count();
        Fields fields = Fields.of(json, what, problems, FIELDS);
        if (fields == null) {
            return null;
        }
        Principal principal = PrincipalReader.read(fields);
        Map<String, Object> attributes = new HashMap<>();
        Action action = action(fields, attributes);
        AttributeReader.read(fields, attributes);
        Long rows = result(fields);
        if (rows != null) {
            attributes.put(Request.RESULT_ROWS, rows);
        }
        Instant time = time(fields);
        if (problems.count() > before || principal == null || action == null) {
            return null;
        }
        return new Request(principal, action, attributes, time);
    }

    private static Action action(Fields fields, Map<String, Object> attributes) {
        List<String> given = ACTIONS.stream().filter(fields::has).toList();
        if (given.isEmpty()) {
            fields.missing("call\", \"http\" or \"sql", "a request names one action: an entry-point \"call\", an "
                + "outbound \"http\" request, or \"sql\" on a datasource");
            return null;
        }
        if (given.size() > 1) {
            fields.problems().add(InputCode.T004, fields.whereOf(given.get(1)), "a request has one action, and this one "
                + "gives both \"" + given.get(0) + "\" and \"" + given.get(1) + "\"", "write one request per action");
            return null;
        }
        return switch (given.get(0)) {
            case "call" -> call(Fields.of(fields.get("call"), "\"call\"", fields.problems(), List.of("method", "supertypes")));
            case "http" -> http(Fields.of(fields.get("http"), "\"http\"", fields.problems(),
                List.of("method", "url", "headers")));
            default -> SqlReader.read(Fields.of(fields.get("sql"), "\"sql\"", fields.problems(), SqlReader.FIELDS),
                attributes);
        };
    }

    private static Action call(Fields call) {
        if (call == null) {
            return null;
        }
        String method = call.string("method", true);
        List<String> supertypes = call.strings("supertypes", false);
        if (method == null) {
            return null;
        }
        try {
            return EntryPointCall.of(method, supertypes == null ? List.of() : supertypes);
        } catch (IllegalArgumentException e) {
            call.invalid(supertypes != null && e.getMessage().contains("supertype") ? "supertypes" : "method",
                e.getMessage(), null);
            return null;
        }
    }

    private static Action http(Fields http) {
        if (http == null) {
            return null;
        }
        String method = http.string("method", true);
        String url = http.string("url", true);
        Map<String, String> headers = http.stringMap("headers");
        if (method != null && !method.matches("[A-Za-z]+")) {
            http.invalid("method", "\"" + method + "\" is not an HTTP method", "e.g. \"GET\" or \"POST\"");
            return null;
        }
        if (method == null || url == null) {
            return null;
        }
        try {
            return HttpCall.of(method, url, headers == null ? Map.of() : headers);
        } catch (IllegalArgumentException e) {
            http.invalid("url", "\"" + url + "\" is not a URL Warden accepts: " + e.getMessage(),
                "an absolute http:// or https:// URL");
            return null;
        }
    }

    private static Long result(Fields fields) {
        if (!fields.has("result")) {
            return null;
        }
        Fields result = Fields.of(fields.get("result"), "\"result\"", fields.problems(), List.of("rows"));
        return result == null ? null : result.count("rows", true);
    }

    private static Instant time(Fields fields) {
        String time = fields.string("time", false);
        if (time == null) {
            return DEFAULT_TIME;
        }
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException e) {
            fields.invalid("time", "\"" + time + "\" is not an instant", "write an ISO-8601 instant in UTC or with "
                + "an offset, e.g. \"2026-03-10T09:00:00Z\" or \"2026-03-10T10:00:00+01:00\"");
            return DEFAULT_TIME;
        }
    }
}
