package dev.warden.agent.policytest;

import java.util.List;
import java.util.Map;

/**
 * A JSON value and where it is written. Jackson's tree model forgets positions, and every error in
 * a request or test file must say where it is.
 */
sealed interface Json permits Json.Obj, Json.Arr, Json.Str, Json.Num, Json.Bool, Json.Null {

    Where where();

    /** How messages name the kind of value: {@code an object}, {@code the number 3}. */
    String describe();

    /** An object, its fields in the order written. */
    record Obj(Map<String, Field> fields, Where where) implements Json {
        public String describe() {
            return "an object";
        }
    }

    /** A field of an object: its name, where the name is, its value. */
    record Field(String name, Where where, Json value) {
    }

    record Arr(List<Json> items, Where where) implements Json {
        public String describe() {
            return "a list";
        }
    }

    record Str(String value, Where where) implements Json {
        public String describe() {
            return "the string \"" + value + "\"";
        }
    }

    /** A number as written; {@code integral} when it has no fraction or exponent. */
    record Num(String text, boolean integral, Where where) implements Json {
        public String describe() {
            return "the number " + text;
        }
    }

    record Bool(boolean value, Where where) implements Json {
        public String describe() {
            return String.valueOf(value);
        }
    }

    record Null(Where where) implements Json {
        public String describe() {
            return "null";
        }
    }
}
