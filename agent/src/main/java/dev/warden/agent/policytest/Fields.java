package dev.warden.agent.policytest;

import dev.warden.policy.syntax.Suggest;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one JSON object, read against the fields its format allows. Every mistake —
 * unknown field, wrong type, missing field — is reported with where it is; a getter then returns
 * null and reading goes on, so one run reports them all.
 */
final class Fields {
    private final Json.Obj object;
    private final String what;
    private final Problems problems;

    private Fields(Json.Obj object, String what, Problems problems) {
        this.object = object;
        this.what = what;
        this.problems = problems;
    }

    /**
     * The object {@code json} as {@code what} (e.g. {@code "the request"}), or null (reported) when it
     * is not an object. Fields other than {@code allowed} are reported.
     */
    static Fields of(Json json, String what, Problems problems, List<String> allowed) {
        if (!(json instanceof Json.Obj object)) {
            problems.add(InputCode.T003, json.where(), what + " must be an object { ... }, found " + json.describe(), null);
            return null;
        }
        for (Json.Field field : object.fields().values()) {
            if (!allowed.contains(field.name())) {
                String hint = Suggest.didYouMean(field.name(), allowed);
                problems.add(InputCode.T002, field.where(), "unknown field \"" + field.name() + "\" in " + what,
                    hint != null ? hint : "the fields of " + what + " are: " + String.join(", ", allowed));
            }
        }
        return new Fields(object, what, problems);
    }

    Problems problems() {
        return problems;
    }

    Where where() {
        return object.where();
    }

    boolean has(String name) {
        return object.fields().containsKey(name);
    }

    /** The value of {@code name}, or null when absent. */
    Json get(String name) {
        Json.Field field = object.fields().get(name);
        return field == null ? null : field.value();
    }

    /** Where the field's value is (the object, when absent). */
    Where whereOf(String name) {
        Json value = get(name);
        return value == null ? object.where() : value.where();
    }

    /** Reports a missing required field. */
    void missing(String name, String hint) {
        problems.add(InputCode.T004, object.where(), what + " has no \"" + name + "\"", hint);
    }

    /**
     * Reports a string (or an item of a list of strings) that is none of {@code allowed}: the field,
     * what it may be, and "did you mean" when one is close.
     */
    void notOneOf(String name, String found, List<String> allowed) {
        // the allowed words are lower case: "PERMT" is as close to "permit" as "permt" is
        String lower = found.toLowerCase(java.util.Locale.ROOT);
        String hint = allowed.contains(lower) ? "write it in lower case: \"" + lower + "\""
            : Suggest.didYouMean(lower, allowed);
        problems.add(InputCode.T005, whereOf(name), "\"" + name + "\" in " + what
            + (get(name) instanceof Json.Arr ? " must hold only " : " must be one of ") + String.join(", ", allowed)
            + ", found \"" + found + "\"", hint);
    }

    /** Reports a value that has the right type but is not valid. */
    void invalid(String name, String message, String hint) {
        problems.add(InputCode.T005, whereOf(name), message, hint);
    }

    String string(String name, boolean required) {
        Json value = require(name, required);
        if (value instanceof Json.Str str) {
            return str.value();
        }
        wrongType(value, name, "a string");
        return null;
    }

    Boolean bool(String name) {
        Json value = get(name);
        if (value instanceof Json.Bool bool) {
            return bool.value();
        }
        wrongType(value, name, "true or false");
        return null;
    }

    /** A whole number in 0..Long.MAX_VALUE. */
    Long count(String name, boolean required) {
        Json value = require(name, required);
        if (value == null) {
            return null;
        }
        Long number = integer(value);
        if (number == null || number < 0) {
            problems.add(InputCode.T003, value.where(), "\"" + name + "\" must be a whole number of at least 0, found "
                + value.describe(), null);
            return null;
        }
        return number;
    }

    /** A list of strings, or null when absent or wrong (reported). */
    List<String> strings(String name, boolean required) {
        Json value = require(name, required);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Json.Arr list)) {
            wrongType(value, name, "a list of strings [\"a\", \"b\"]");
            return null;
        }
        List<String> result = new ArrayList<>();
        for (Json item : list.items()) {
            if (item instanceof Json.Str str) {
                result.add(str.value());
            } else {
                problems.add(InputCode.T003, item.where(), "\"" + name + "\" must hold strings, found " + item.describe(),
                    null);
                return null;
            }
        }
        return result;
    }

    /** An object of strings {@code {"a": "x"}}, or null when absent or wrong (reported). */
    Map<String, String> stringMap(String name) {
        Json value = get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Json.Obj map)) {
            wrongType(value, name, "an object of strings {\"name\": \"value\"}");
            return null;
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (Json.Field field : map.fields().values()) {
            if (field.value() instanceof Json.Str str) {
                result.put(field.name(), str.value());
            } else {
                problems.add(InputCode.T003, field.value().where(), "\"" + name + "." + field.name()
                    + "\" must be a string, found " + field.value().describe(), null);
                return null;
            }
        }
        return result;
    }

    /** The integer a JSON number holds, or null if it has a fraction or does not fit in 64 bits. */
    static Long integer(Json value) {
        if (!(value instanceof Json.Num number) || !number.integral()) {
            return null;
        }
        BigInteger big = new BigInteger(number.text());
        return big.bitLength() < 64 ? big.longValue() : null;
    }

    private Json require(String name, boolean required) {
        Json value = get(name);
        if (value == null && required) {
            missing(name, null);
        }
        return value;
    }

    private void wrongType(Json value, String name, String expected) {
        if (value != null) {
            problems.add(InputCode.T003, value.where(), "\"" + name + "\" in " + what + " must be " + expected + ", found "
                + value.describe(), null);
        }
    }
}
