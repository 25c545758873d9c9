package dev.warden.policy.syntax;

import java.util.List;

/**
 * A top-level declaration. Sealed so every consumer handles every kind; later kinds (endpoint,
 * datasource, credential, approvers) join this list.
 */
public sealed interface Decl permits Decl.Identity, Decl.EntryPoint, Decl.Rule {

    Name name();

    /** The keyword that starts the declaration ({@code identity}, {@code permit}, ...). */
    Span keyword();

    /**
     * Whether the parser skipped part of the body after a syntax error: the checker then does not
     * report missing fields or clauses, which would only echo that error.
     */
    boolean recovered();

    /** {@code identity NAME { issuer "..." subject "..." [audience "..."] [group "..."] }}. */
    record Identity(Span keyword, Name name, List<Field> fields, boolean recovered) implements Decl {
        public Identity {
            fields = List.copyOf(fields);
        }
    }

    /** {@code entrypoint NAME { method "..." ... }}. */
    record EntryPoint(Span keyword, Name name, List<StringValue> methods, boolean recovered) implements Decl {
        public EntryPoint {
            methods = List.copyOf(methods);
        }
    }

    /** {@code permit|forbid NAME { clauses }}. */
    record Rule(Span keyword, RuleKind kind, Name name, List<Clause> clauses, boolean recovered) implements Decl {
        public Rule {
            clauses = List.copyOf(clauses);
        }
    }

    /** {@code key "value"} inside an identity. */
    record Field(Name key, StringValue value) {
    }
}
