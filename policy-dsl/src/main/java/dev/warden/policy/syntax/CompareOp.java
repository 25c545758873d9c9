package dev.warden.policy.syntax;

/** Comparison operators. */
public enum CompareOp {
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

    private final String symbol;

    CompareOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether the operator orders values (and so needs integers). */
    public boolean ordering() {
        return this != EQ && this != NE;
    }

    static CompareOp of(TokenKind kind) {
        return switch (kind) {
            case EQ -> EQ;
            case NE -> NE;
            case LT -> LT;
            case LE -> LE;
            case GT -> GT;
            case GE -> GE;
            default -> null;
        };
    }
}
