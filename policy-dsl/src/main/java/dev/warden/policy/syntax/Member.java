package dev.warden.policy.syntax;

/**
 * One field of a declaration or clause of a rule, on its own line. Its shape depends on its
 * keyword (see {@link Grammar}).
 */
public sealed interface Member permits Member.Str, Member.Word, Member.Targets, Member.NamedStr,
    Member.Condition {

    /** The keyword that starts the member. */
    Name keyword();

    default String key() {
        return keyword().text();
    }

    /** {@code issuer "..."}, {@code url "..."}, {@code regex "..."}. */
    record Str(Name keyword, StringValue value) implements Member {
    }

    /** {@code default monitor}, {@code apply output}, {@code credential openai_key}. */
    record Word(Name keyword, Name word) implements Member {
    }

    /** {@code principal any}, {@code call [a, b]}, {@code only_to [x]}, {@code method [GET, POST]}. */
    record Targets(Name keyword, Target target) implements Member {
    }

    /**
     * A name and, optionally, a string: {@code claim dept "data"}, {@code source env "VAR"},
     * {@code into header "X-Api-Key"}, {@code into bearer} (value null).
     */
    record NamedStr(Name keyword, Name name, StringValue value) implements Member {
    }

    /** {@code when EXPR} or, with {@code negated}, {@code unless EXPR}. */
    record Condition(Name keyword, boolean negated, Expr expr) implements Member {
    }
}
