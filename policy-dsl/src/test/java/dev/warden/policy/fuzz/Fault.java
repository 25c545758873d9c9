package dev.warden.policy.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * One mistake, written as a declaration to splice between the declarations of a valid generated
 * policy, and the code it must be reported with.
 *
 * @param code the diagnostic code the mistake must produce
 * @param afterEverything whether the declaration must come last in the set (a duplicate name is
 *     reported at the second declaration, so the snippet must be the second)
 * @param header whether the mistake is a {@code policy { }} header: the file it goes into must
 *     have no header of its own, or that one would be the file's first
 * @param lines the declaration (or two, where the mistake needs a partner), one element per line
 */
record Fault(String code, boolean afterEverything, boolean header, List<String> lines) {

    /**
     * A name no generated policy uses: generated names continue their first character with
     * lowercase letters, digits, '_' and 'Z' only.
     */
    static final String NAME = "Fault_X";

    /** Names of the generated policy a mistake may refer to. */
    record Names(String identity, String entryPoint, String endpoint, String credential, String approvers) {
        static Names of(PolicyModel model) {
            return new Names(model.identities().get(0).name(), model.entryPoints().get(0).name(),
                model.endpoints().get(0).name(), model.credentials().get(0).name(), model.approvers().get(0).name());
        }
    }

    /** Every fault, using names of the policy it goes into. */
    static List<Fault> all(Names n) {
        List<Fault> all = new ArrayList<>(original(n));
        all.addAll(List.of(
            rule("P017", "permit", "call", "    endpoint any"),
            header("P018", "policy {", "    default monitor", "}", "policy {", "    timezone \"UTC\"", "}"),
            declaration("P022", "endpoint", "    url \"https://h.example/v1/../x\""),
            declaration("P022", "endpoint", "    url \"https://api.example.com\""),
            declaration("P022", "endpoint", "    url \"https://h.example/x?q=1\""),
            declaration("P023", "datasource", "    url \"jdbc:postgresql://a,b/db\""),
            declaration("P023", "datasource", "    url \"jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(HOST=h)))\""),
            declaration("P024", "endpoint", "    url \"https://h.example/**\"", "    method [get]"),
            declaration("P024", "endpoint", "    url \"https://h.example/**\"", "    method [POST, FETCH]"),
            declaration("P025", "credential", "    source env \"MY-KEY\"", "    only_to " + n.endpoint()),
            declaration("P025", "credential", "    source file \"secrets/key\"", "    only_to [" + n.endpoint() + "]"),
            declaration("P025", "credential", "    source vault \"x\"", "    only_to " + n.endpoint()),
            declaration("P025", "credential", "    source env \"KEY\"", "    only_to any"),
            rule("P026", "mask", "call", "    detect [email, emial]"),
            rule("P026", "mask", "call", "    detect email", "    apply everywhere"),
            rule("P026", "inject", "endpoint", "    credential " + n.credential(), "    into cookie"),
            rule("P026", "inject", "endpoint", "    credential " + n.credential(), "    into header"),
            header("P027", "policy {", "    default allow", "}"),
            header("P027", "policy {", "    timezone \"Mars/Olympus\"", "}"),
            rule("P028", "mask", "datasource", "    column \"a.***\""),
            rule("P028", "mask", "call", "    regex \"\""),
            rule("P028", "inject", "endpoint", "    credential " + n.credential(), "    into header \"X Key\""),
            declaration("P028", "approvers", "    group \"\""),
            rule("P034", "forbid", "endpoint", "    when http.path matches \"(abc\""),
            rule("P034", "mask", "call", "    regex \"a**\""),
            rule("P035", "forbid", "call", "    when http.method == \"GET\""),
            rule("P035", "require_approval", "endpoint", "    approvers " + n.approvers(), "    when result.rows > 10"),
            rule("P036", "permit", "datasource", "    when result.rows < 10"),
            rule("P036", "inject", "datasource", "    credential " + n.credential(), "    into password",
                "    unless result.rows == 0"),
            rule("P037", "forbid", "datasource", "    when sql.effects contains \"delet\""),
            rule("P037", "permit", "call", "    when time.weekday == \"monday\""),
            rule("P037", "forbid", "endpoint", "    when time.hour > 24 or http.method in [\"GET\", \"get\"]"),
            rule("P038", "inject", "call", "    credential " + n.credential(), "    into bearer"),
            rule("P038", "inject", "endpoint", "    credential " + n.credential(), "    into password"),
            rule("P038", "inject", "datasource", "    credential " + n.credential(), "    into bearer")));
        return all;
    }

    /** The mistakes of the language's first version. */
    private static List<Fault> original(Names n) {
        return List.of(
            rule("P001", "permti", "call", "    principal " + n.identity()),
            declaration("P002", "identity", "    issuer \"https://unclosed", "    subject \"s\""),
            declaration("P003", "identity", "    issuer \"a\\qb\"", "    subject \"s\""),
            rule("P004", "permit", "call", "    principal " + n.identity(), "    when arg.size = 5"),
            rule("P005", "forbid", "call", "    when arg.size < 99999999999999999999"),
            rule("P006", "forbid", "call", "    when " + "(".repeat(65) + "true" + ")".repeat(65)),
            rule("P010", "permit", "call", "    principal Fault_Y"),
            new Fault("P011", true, false, List.of("identity " + n.identity() + " {", "    issuer \"i\"", "    subject \"s\"", "}")),
            rule("P012", "permit", "call", "    principal " + n.entryPoint()),
            rule("P013", "permit", "call", "    principal " + n.identity(), "    principal any"),
            new Fault("P014", false, false, List.of("permit " + NAME + " {", "    principal any", "}")),
            declaration("P015", "identity", "    issuer \"i\"", "    subject \"s\"", "    subjct \"t\""),
            new Fault("P016", false, false, List.of("identity any {", "    issuer \"i\"", "    subject \"s\"", "}")),
            declaration("P020", "entrypoint", "    method \"no.hash.Here\""),
            declaration("P021", "identity", "    issuer \"i\"", "    subject \"svc-***\""),
            rule("P030", "forbid", "call", "    when true and false or true"),
            rule("P031", "forbid", "call", "    when principal.subject <= 3"),
            rule("P032", "forbid", "call", "    when principal.subjet == \"x\""),
            rule("P033", "forbid", "call", "    when principal.subject contains \"x\""),
            rule("P001", "permit", "call", "    principal " + n.identity() + " " + n.identity()),
            longNameMisspelt());
    }

    /** A 5,000-character identity referred to with its last letter wrong: "did you mean" over long names. */
    private static Fault longNameMisspelt() {
        String stem = NAME + "a".repeat(5_000);
        return new Fault("P010", false, false, List.of("identity " + stem + "X {", "    issuer \"i\"", "    subject \"s\"", "}",
            "permit " + NAME + " {", "    principal " + stem + "Y", "    call any", "}"));
    }

    /** A rule of {@code keyword} over {@code target any} with {@code clauses}, and 'principal any' unless they name one. */
    private static Fault rule(String code, String keyword, String target, String... clauses) {
        List<String> lines = new ArrayList<>(List.of(keyword + " " + NAME + " {", "    " + target + " any"));
        List<String> given = List.of(clauses);
        if (given.stream().noneMatch(c -> c.strip().startsWith("principal"))) {
            lines.add("    principal any");
        }
        lines.addAll(given);
        lines.add("}");
        return new Fault(code, false, false, lines);
    }

    private static Fault declaration(String code, String keyword, String... fields) {
        List<String> lines = new ArrayList<>(List.of(keyword + " " + NAME + " {"));
        lines.addAll(List.of(fields));
        lines.add("}");
        return new Fault(code, false, false, lines);
    }

    private static Fault header(String code, String... lines) {
        return new Fault(code, false, true, List.of(lines));
    }

    /** The declaration with {@code newline} after every line. */
    String text(String newline) {
        return String.join(newline, lines) + newline;
    }
}
