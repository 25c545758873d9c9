package dev.warden.policy.fuzz;

import java.util.List;

/**
 * One mistake, written as a declaration to splice between the declarations of a valid generated
 * policy, and the code it must be reported with.
 *
 * @param code the diagnostic code the mistake must produce
 * @param afterEverything whether the declaration must come last (a duplicate name is reported at
 *     the second declaration, so the snippet must be the second)
 * @param lines the declaration (or two, where the mistake needs a partner), one element per line
 */
record Fault(String code, boolean afterEverything, List<String> lines) {

    /**
     * A name no generated policy uses: generated names continue their first character with
     * lowercase letters, digits, '_' and 'Z' only.
     */
    static final String NAME = "Fault_X";

    /** Every fault, using identity {@code identity} and entrypoint {@code entryPoint} of the policy. */
    static List<Fault> all(String identity, String entryPoint) {
        return List.of(
            rule("P001", "permti", "    principal " + identity),
            identity("P002", "    issuer \"https://unclosed", "    subject \"s\""),
            identity("P003", "    issuer \"a\\qb\"", "    subject \"s\""),
            rule("P004", "permit", "    principal " + identity, "    when arg.size = 5"),
            rule("P005", "forbid", "    principal any", "    when arg.size < 99999999999999999999"),
            rule("P006", "forbid", "    principal any", "    when " + "(".repeat(65) + "true" + ")".repeat(65)),
            rule("P010", "permit", "    principal Fault_Y"),
            new Fault("P011", true, List.of("identity " + identity + " {", "    issuer \"i\"", "    subject \"s\"", "}")),
            rule("P012", "permit", "    principal " + entryPoint),
            rule("P013", "permit", "    principal " + identity, "    principal any"),
            new Fault("P014", false, List.of("permit " + NAME + " {", "    principal any", "}")),
            identity("P015", "    issuer \"i\"", "    subject \"s\"", "    subjct \"t\""),
            new Fault("P016", false, List.of("identity any {", "    issuer \"i\"", "    subject \"s\"", "}")),
            new Fault("P020", false, List.of("entrypoint " + NAME + " {", "    method \"no.hash.Here\"", "}")),
            identity("P021", "    issuer \"i\"", "    subject \"svc-***\""),
            rule("P030", "forbid", "    principal any", "    when true and false or true"),
            rule("P031", "forbid", "    principal any", "    when principal.subject <= 3"),
            rule("P032", "forbid", "    principal any", "    when principal.subjet == \"x\""),
            rule("P033", "forbid", "    principal any", "    when principal.subject contains \"x\""),
            rule("P001", "permit", "    principal " + identity + " " + identity),
            longNameMisspelt());
    }

    /** A 5,000-character identity referred to with its last letter wrong: "did you mean" over long names. */
    private static Fault longNameMisspelt() {
        String stem = NAME + "a".repeat(5_000);
        return new Fault("P010", false, List.of("identity " + stem + "X {", "    issuer \"i\"", "    subject \"s\"", "}",
            "permit " + NAME + " {", "    principal " + stem + "Y", "    call any", "}"));
    }

    /** A rule of {@code keyword} with {@code clauses} and a valid call clause. */
    private static Fault rule(String code, String keyword, String... clauses) {
        List<String> lines = new java.util.ArrayList<>(List.of(keyword + " " + NAME + " {", "    call any"));
        lines.addAll(List.of(clauses));
        lines.add("}");
        return new Fault(code, false, lines);
    }

    private static Fault identity(String code, String... fields) {
        List<String> lines = new java.util.ArrayList<>(List.of("identity " + NAME + " {"));
        lines.addAll(List.of(fields));
        lines.add("}");
        return new Fault(code, false, lines);
    }

    /** The declaration with {@code newline} after every line. */
    String text(String newline) {
        return String.join(newline, lines) + newline;
    }
}
