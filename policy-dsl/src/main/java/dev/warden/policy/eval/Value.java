package dev.warden.policy.eval;

import dev.warden.policy.Request;

/** A compiled operand: yields its value for a request, or null when it is missing. */
sealed interface Value permits Value.Literal, Value.Attribute, Value.Subject, Value.Issuer, Value.Claim {

    Object get(Request request);

    /** How an error message names this value. */
    String describe();

    record Literal(Object value) implements Value {
        public Object get(Request request) {
            return value;
        }

        public String describe() {
            return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
        }
    }

    record Attribute(String key) implements Value {
        public Object get(Request request) {
            return request.attributes().get(key);
        }

        public String describe() {
            return "attribute '" + key + "'";
        }
    }

    record Subject() implements Value {
        public Object get(Request request) {
            return request.principal().subject();
        }

        public String describe() {
            return "principal.subject";
        }
    }

    record Issuer() implements Value {
        public Object get(Request request) {
            return request.principal().issuer();
        }

        public String describe() {
            return "principal.issuer";
        }
    }

    record Claim(String name) implements Value {
        public Object get(Request request) {
            return request.principal().claims().get(name);
        }

        public String describe() {
            return "principal.claim." + name;
        }
    }

    /** Integral numbers of any boxed width compare as longs. */
    static boolean isIntegral(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte;
    }

    static String typeOf(Object value) {
        if (isIntegral(value)) {
            return "an integer";
        }
        if (value instanceof String) {
            return "a string";
        }
        return value instanceof Boolean ? "a boolean" : "a " + value.getClass().getSimpleName();
    }
}
