package dev.warden.agent.policytest;

import dev.warden.policy.Effect;
import dev.warden.policy.Injection;
import dev.warden.policy.testing.Expectation;
import dev.warden.policy.testing.ExpectedInjection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A test's {@code "expect"}: the effect, the exact rule ids, and the obligations — masks by rule
 * id, injections by credential and slot, approvals by approvers. An obligation list left out
 * expects none; {@code monitor_only} left out expects false.
 */
final class ExpectationReader {
    static final List<String> FIELDS = List.of("effect", "rules", "masks", "injections", "approvals", "monitor_only");
    private static final List<String> EFFECTS = List.of("permit", "deny", "approval_required");
    private static final List<String> SLOTS = List.of("bearer", "password", "header");

    private ExpectationReader() {
    }

    static Expectation read(Json json, Problems problems) {
        int before = problems.count();
        Fields fields = Fields.of(json, "\"expect\"", problems, FIELDS);
        if (fields == null) {
            return null;
        }
        Effect effect = effect(fields);
        List<String> rules = fields.strings("rules", false);
        if (rules == null && !fields.has("rules")) {
            fields.missing("rules", "list the ids of the rules the decision names: \"rules\": [\"a\", \"b\"], or "
                + "\"rules\": [] for a default deny");
        }
        List<String> masks = fields.strings("masks", false);
        List<ExpectedInjection> injections = injections(fields);
        List<String> approvals = fields.strings("approvals", false);
        Boolean monitorOnly = fields.has("monitor_only") ? fields.bool("monitor_only") : Boolean.FALSE;
        if (problems.count() > before || effect == null || rules == null || monitorOnly == null) {
            return null;
        }
        return new Expectation(effect, Set.copyOf(rules), orNone(masks), Set.copyOf(injections), orNone(approvals),
            monitorOnly);
    }

    private static Effect effect(Fields fields) {
        String effect = fields.string("effect", true);
        if (effect == null) {
            return null;
        }
        if (!EFFECTS.contains(effect.toLowerCase(Locale.ROOT))) {
            fields.notOneOf("effect", effect, EFFECTS);
            return null;
        }
        return Effect.valueOf(effect.toUpperCase(Locale.ROOT));
    }

    private static List<ExpectedInjection> injections(Fields fields) {
        Json json = fields.get("injections");
        List<ExpectedInjection> result = new ArrayList<>();
        if (json == null) {
            return result;
        }
        if (!(json instanceof Json.Arr list)) {
            fields.problems().add(InputCode.T003, json.where(), "\"injections\" must be a list of objects "
                + "[{\"credential\": \"...\", \"into\": \"bearer\"}], found " + json.describe(), null);
            return result;
        }
        for (Json item : list.items()) {
            Fields injection = Fields.of(item, "an injection", fields.problems(), List.of("credential", "into", "header"));
            ExpectedInjection expected = injection == null ? null : injection(injection);
            if (expected != null) {
                result.add(expected);
            }
        }
        return result;
    }

    private static ExpectedInjection injection(Fields injection) {
        String credential = injection.string("credential", true);
        String into = injection.string("into", true);
        String header = injection.string("header", false);
        if (into != null && !SLOTS.contains(into)) {
            injection.notOneOf("into", into, SLOTS);
            return null;
        }
        if ("header".equals(into) != (header != null)) {
            injection.problems().add(InputCode.T004, injection.where(), "\"header\" names the header exactly when "
                + "\"into\" is \"header\"", "e.g. {\"credential\": \"key\", \"into\": \"header\", \"header\": \"X-Api-Key\"}");
            return null;
        }
        if (credential == null || into == null) {
            return null;
        }
        return new ExpectedInjection(credential, Injection.Slot.valueOf(into.toUpperCase(Locale.ROOT)), header);
    }

    private static Set<String> orNone(List<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
