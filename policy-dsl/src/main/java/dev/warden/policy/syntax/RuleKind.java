package dev.warden.policy.syntax;

/** The kinds of rule. {@code require_approval} joins later, between the two in precedence. */
public enum RuleKind {
    PERMIT("permit"),
    FORBID("forbid");

    private final String keyword;

    RuleKind(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }
}
