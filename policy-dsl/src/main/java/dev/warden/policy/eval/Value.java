package dev.warden.policy.eval;

import dev.warden.policy.HttpCall;
import dev.warden.policy.Request;
import dev.warden.policy.RequestFacts;
import java.time.Instant;
import java.time.zone.ZoneRules;

/** A compiled operand: yields its value for a request, or null when it is missing. */
sealed interface Value permits Value.Literal, Value.Attribute, Value.Subject, Value.Issuer, Value.Claim, Value.Groups,
    Value.Http, Value.Header, Value.Time {

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

    /** {@code principal.groups}: a collection, for {@code contains}. */
    record Groups() implements Value {
        public Object get(Request request) {
            return request.principal().groups();
        }

        public String describe() {
            return "principal.groups";
        }
    }

    /** {@code http.method}, {@code http.host} or {@code http.path} of an HTTP request. */
    record Http(String part) implements Value {
        public Object get(Request request) {
            if (!(request.action() instanceof HttpCall call)) {
                return null;
            }
            return switch (part) {
                case "method" -> call.method();
                case "host" -> call.url().host();
                default -> call.url().path();
            };
        }

        public String describe() {
            return "http." + part;
        }
    }

    /** {@code http.header.NAME}: {@code _} in NAME stands for {@code -}; names compare case-insensitively. */
    record Header(String lowerName, String written) implements Value {
        public Object get(Request request) {
            return request.action() instanceof HttpCall call ? call.headers().get(lowerName) : null;
        }

        public String describe() {
            return "http.header." + written + " (header '" + lowerName + "')";
        }
    }

    /** {@code time.hour}, {@code time.minute} or {@code time.weekday} of the request, in a file's zone. */
    record Time(String part, ZoneRules zone) implements Value {
        public Object get(Request request) {
            Instant t = request.time();
            long local = t.getEpochSecond() + zone.getOffset(t).getTotalSeconds();
            long secondOfDay = Math.floorMod(local, 86_400L);
            return switch (part) {
                case "hour" -> secondOfDay / 3600;
                case "minute" -> secondOfDay / 60 % 60;
                // 1970-01-01 was a Thursday: index 3 of mon..sun
                default -> RequestFacts.WEEKDAYS.get((int) Math.floorMod(Math.floorDiv(local, 86_400L) + 3, 7L));
            };
        }

        public String describe() {
            return "time." + part;
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
        if (value instanceof java.util.Collection) {
            return "a set";
        }
        return value instanceof Boolean ? "a boolean" : "a " + value.getClass().getSimpleName();
    }
}
