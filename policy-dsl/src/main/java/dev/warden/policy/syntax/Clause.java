package dev.warden.policy.syntax;

/** One clause of a rule body. Sealed: obligations (mask, inject) join later. */
public sealed interface Clause permits Clause.PrincipalClause, Clause.CallClause, Clause.Condition {

    Span keyword();

    /** {@code principal any | NAME | [NAME, ...]}. */
    record PrincipalClause(Span keyword, Target target) implements Clause {
    }

    /** {@code call any | NAME | [NAME, ...]}. */
    record CallClause(Span keyword, Target target) implements Clause {
    }

    /** {@code when EXPR} or, with {@code negated}, {@code unless EXPR}. */
    record Condition(Span keyword, boolean negated, Expr expr) implements Clause {
    }
}
