package dev.warden.policy.syntax;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which members each kind of declaration has, and the shape of each. */
public final class Grammar {

    /** How the rest of a member's line reads. */
    enum Shape {
        STRING("a string"),
        NAME("a name"),
        TARGET("a name, 'any' or a list [a, b]"),
        NAME_STRING("a name and a string"),
        NAME_OPT_STRING("a name (and, for 'header', a string)"),
        CONDITION("a condition");

        final String expected;

        Shape(String expected) {
            this.expected = expected;
        }
    }

    /** Every declaration keyword, in the order error messages list them. */
    public static final List<String> DECLARATIONS = List.of("identity", "entrypoint", "endpoint", "datasource",
        "credential", "approvers", "policy", "permit", "forbid", "require_approval", "mask", "inject");

    /** Declaration keywords that are also rule clauses: they start a declaration only when followed by NAME '{'. */
    static final Set<String> ALSO_CLAUSES = Set.of("endpoint", "datasource", "credential", "approvers");

    /** Words that cannot name a declaration (they mean something in conditions and targets). */
    public static final Set<String> RESERVED = Set.of("any", "and", "or", "not", "contains", "in", "matches", "true",
        "false");

    /** The clauses that say what a rule covers: exactly one per rule. */
    public static final List<String> TARGET_CLAUSES = List.of("call", "endpoint", "datasource");

    private static final Map<String, Shape> IDENTITY = members("issuer", Shape.STRING, "subject", Shape.STRING,
        "audience", Shape.STRING, "group", Shape.STRING, "claim", Shape.NAME_STRING);
    private static final Map<String, Shape> ENTRYPOINT = members("method", Shape.STRING);
    private static final Map<String, Shape> ENDPOINT = members("url", Shape.STRING, "method", Shape.TARGET);
    private static final Map<String, Shape> DATASOURCE = members("url", Shape.STRING);
    private static final Map<String, Shape> CREDENTIAL = members("source", Shape.NAME_STRING, "only_to", Shape.TARGET);
    private static final Map<String, Shape> APPROVERS = members("group", Shape.STRING, "subject", Shape.STRING);
    private static final Map<String, Shape> POLICY = members("default", Shape.NAME, "timezone", Shape.STRING);
    private static final Map<String, Shape> RULE = members("principal", Shape.TARGET, "call", Shape.TARGET,
        "endpoint", Shape.TARGET, "datasource", Shape.TARGET, "when", Shape.CONDITION, "unless", Shape.CONDITION);

    private Grammar() {
    }

    static Map<String, Shape> membersOf(DeclKind kind, RuleKind ruleKind) {
        return switch (kind) {
            case IDENTITY -> IDENTITY;
            case ENTRYPOINT -> ENTRYPOINT;
            case ENDPOINT -> ENDPOINT;
            case DATASOURCE -> DATASOURCE;
            case CREDENTIAL -> CREDENTIAL;
            case APPROVERS -> APPROVERS;
            case POLICY -> POLICY;
            case RULE -> RULES.get(ruleKind);
        };
    }

    private static final Map<RuleKind, Map<String, Shape>> RULES = new java.util.EnumMap<>(RuleKind.class);

    static {
        for (RuleKind kind : RuleKind.values()) {
            RULES.put(kind, ruleClauses(kind));
        }
    }

    private static Map<String, Shape> ruleClauses(RuleKind kind) {
        Map<String, Shape> clauses = new LinkedHashMap<>(RULE);
        switch (kind) {
            case REQUIRE_APPROVAL -> clauses.put("approvers", Shape.NAME);
            case MASK -> clauses.putAll(members("detect", Shape.TARGET, "regex", Shape.STRING, "column", Shape.STRING,
                "replace", Shape.STRING, "apply", Shape.NAME));
            case INJECT -> clauses.putAll(members("credential", Shape.NAME, "into", Shape.NAME_OPT_STRING));
            default -> {
                // permit and forbid have only the common clauses
            }
        }
        return clauses;
    }

    /** The kind of declaration or rule whose members include {@code keyword}, for "belongs in" hints. */
    static String ownerOf(String keyword) {
        for (RuleKind kind : RuleKind.values()) {
            if (RULES.get(kind).containsKey(keyword) && !RULE.containsKey(keyword)) {
                return "a " + kind.keyword() + " rule";
            }
        }
        for (DeclKind kind : DeclKind.values()) {
            if (kind != DeclKind.RULE && membersOf(kind, null).containsKey(keyword)) {
                return kind.described();
            }
        }
        return null;
    }

    private static Map<String, Shape> members(Object... pairs) {
        Map<String, Shape> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Shape) pairs[i + 1]);
        }
        return map;
    }
}
