package dev.warden.policy.syntax;

/** The kinds of rule. */
public enum RuleKind {
    PERMIT("permit"),
    FORBID("forbid"),
    REQUIRE_APPROVAL("require_approval"),
    MASK("mask"),
    INJECT("inject");

    private final String keyword;

    RuleKind(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    /** Whether the rule adds an obligation to a decision rather than deciding it. */
    public boolean obligation() {
        return this == MASK || this == INJECT;
    }

    static RuleKind of(String keyword) {
        for (RuleKind kind : values()) {
            if (kind.keyword.equals(keyword)) {
                return kind;
            }
        }
        return null;
    }
}
