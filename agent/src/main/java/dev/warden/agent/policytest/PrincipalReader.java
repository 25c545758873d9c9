package dev.warden.agent.policytest;

import dev.warden.policy.Principal;
import java.util.List;
import java.util.Map;

/** A request's {@code "principal"}: {@code "anonymous"}, or a verified caller. */
final class PrincipalReader {
    static final List<String> FIELDS = List.of("subject", "issuer", "audiences", "groups", "claims");

    private PrincipalReader() {
    }

    static Principal read(Fields request) {
        Json json = request.get("principal");
        if (json == null) {
            request.missing("principal", "write \"principal\": \"anonymous\", or an object with the caller's "
                + "\"subject\" and \"issuer\"");
            return null;
        }
        if (json instanceof Json.Str str) {
            if (str.value().equals("anonymous")) {
                return Principal.anonymous();
            }
            request.invalid("principal", "\"principal\" is \"anonymous\" or an object, found " + str.describe(),
                "a verified caller is {\"subject\": \"...\", \"issuer\": \"...\"}");
            return null;
        }
        Fields fields = Fields.of(json, "\"principal\"", request.problems(), FIELDS);
        if (fields == null) {
            return null;
        }
        String subject = fields.string("subject", true);
        String issuer = fields.string("issuer", true);
        List<String> audiences = fields.strings("audiences", false);
        List<String> groups = fields.strings("groups", false);
        Map<String, String> claims = fields.stringMap("claims");
        if (subject == null || issuer == null) {
            return null;
        }
        return new Principal(subject, issuer, audiences == null ? List.of() : audiences,
            groups == null ? List.of() : groups, claims == null ? Map.of() : claims);
    }
}
