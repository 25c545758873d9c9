package dev.warden.policy.syntax;

import java.util.List;

/**
 * A top-level declaration: {@code KEYWORD NAME { member... }}, or the nameless per-file header
 * {@code policy { member... }} (whose name is the keyword itself).
 *
 * @param keyword where the declaration's keyword is
 * @param kind what is declared
 * @param ruleKind for a rule, which kind; otherwise null
 * @param name the declared name
 * @param members the fields or clauses, in source order
 * @param recovered whether the parser skipped part of the body after a syntax error: the checker
 *     then does not report missing fields or clauses, which would only echo that error
 */
public record Decl(Span keyword, DeclKind kind, RuleKind ruleKind, Name name, List<Member> members,
                   boolean recovered) {

    public Decl {
        members = List.copyOf(members);
    }

    /** The keyword as written ({@code identity}, {@code require_approval}, ...). */
    public String keywordText() {
        return ruleKind != null ? ruleKind.keyword() : kind.keyword();
    }

    /** How messages name it: {@code identity 'ingest'}, {@code permit 'p'}. */
    public String describe() {
        return keywordText() + " '" + name.text() + "'";
    }
}
