package dev.warden.policy.syntax;

/** The kinds of top-level declaration. */
public enum DeclKind {
    IDENTITY("identity", "an identity"),
    ENTRYPOINT("entrypoint", "an entrypoint"),
    ENDPOINT("endpoint", "an endpoint"),
    DATASOURCE("datasource", "a datasource"),
    CREDENTIAL("credential", "a credential"),
    APPROVERS("approvers", "an approvers group"),
    /** The per-file header {@code policy { ... }}; it has no name. */
    POLICY("policy", "the policy header"),
    RULE("rule", "a rule");

    private final String keyword;
    private final String described;

    DeclKind(String keyword, String described) {
        this.keyword = keyword;
        this.described = described;
    }

    public String keyword() {
        return keyword;
    }

    /** With its article: {@code an identity}. */
    public String described() {
        return described;
    }

    /** Without its article: {@code identity}. */
    public String noun() {
        return described.substring(described.indexOf(' ') + 1);
    }
}
