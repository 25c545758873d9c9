package dev.warden.agent.policytest;

import dev.warden.policy.RequestFacts;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A request's {@code "attributes"}: everything else conditions read by name — {@code arg.size},
 * {@code payload.size}, or the application's own ({@code tenant}). Integers, strings, booleans,
 * and lists of strings (sets, for {@code contains}).
 */
final class AttributeReader {
    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final List<String> COUNTS = List.of(RequestFacts.ARG_SIZE, RequestFacts.ARG_COUNT,
        RequestFacts.PAYLOAD_SIZE);

    private AttributeReader() {
    }

    static void read(Fields request, Map<String, Object> attributes) {
        Json json = request.get("attributes");
        if (json == null) {
            return;
        }
        if (!(json instanceof Json.Obj object)) {
            request.problems().add(InputCode.T003, json.where(), "\"attributes\" must be an object {\"arg.size\": 1200, ...}, "
                + "found " + json.describe(), null);
            return;
        }
        for (Json.Field field : object.fields().values()) {
            if (misplaced(field, request.problems())) {
                continue;
            }
            Object value = value(field, request.problems());
            if (value != null) {
                attributes.put(field.name(), value);
            }
        }
    }

    /** Reports a name that is not an attribute: a fact that has its own place, or no condition can read. */
    private static boolean misplaced(Json.Field field, Problems problems) {
        String name = field.name();
        String hint = null;
        if (name.startsWith("sql.")) {
            hint = "SQL facts go in the \"sql\" object: \"" + name.substring(4) + "\"";
        } else if (name.equals(RequestFacts.RESULT_ROWS)) {
            hint = "write \"result\": {\"rows\": N} beside \"attributes\"";
        } else if (name.startsWith("http.")) {
            hint = "it comes from the \"http\" object (its method, url and headers)";
        } else if (name.startsWith("time.")) {
            hint = "it comes from the request's \"time\"";
        } else if (name.startsWith("principal.")) {
            hint = "it comes from the request's \"principal\"";
        } else if (!PATH.matcher(name).matches()) {
            hint = "a condition reads attributes by a dotted name such as arg.size or tenant";
        }
        if (hint != null) {
            problems.add(InputCode.T005, field.where(), "\"" + name + "\" cannot be given as an attribute", hint);
        }
        return hint != null;
    }

    private static Object value(Json.Field field, Problems problems) {
        Json json = field.value();
        Object value = null;
        if (json instanceof Json.Str str) {
            value = str.value();
        } else if (json instanceof Json.Bool bool) {
            value = bool.value();
        } else if (json instanceof Json.Num) {
            value = Fields.integer(json);
        } else if (json instanceof Json.Arr list) {
            value = strings(list);
        }
        boolean count = COUNTS.contains(field.name());
        if (value == null || (count && !(value instanceof Long n && n >= 0))) {
            problems.add(InputCode.T003, json.where(), "attribute \"" + field.name() + "\" must be "
                + (count ? "a whole number of at least 0" : "a whole number, a string, true, false or a list of strings")
                + ", found " + json.describe(), null);
            return null;
        }
        return value;
    }

    private static Set<String> strings(Json.Arr list) {
        Set<String> values = new HashSet<>();
        for (Json item : list.items()) {
            if (!(item instanceof Json.Str str)) {
                return null;
            }
            values.add(str.value());
        }
        return Set.copyOf(values);
    }
}
