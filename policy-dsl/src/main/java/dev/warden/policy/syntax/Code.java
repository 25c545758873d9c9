package dev.warden.policy.syntax;

import dev.warden.policy.Severity;

/**
 * Stable diagnostic codes: {@code P...} errors reject a set, {@code W...} warnings (lints) do not.
 * Never renumber: people search for them, and docs/policy-language.md lists each with an example.
 */
public enum Code {
    /** A token the grammar does not allow here. */
    P001,
    /** A string literal without its closing quote on the same line. */
    P002,
    /** An unknown escape sequence in a string literal. */
    P003,
    /** A character that starts no token. */
    P004,
    /** An integer literal outside the 64-bit signed range. */
    P005,
    /** A condition nested deeper than the parser allows ({@code not} and parentheses). */
    P006,
    /** A name that is not declared. */
    P010,
    /** A name declared twice (names are global across all files of a set). */
    P011,
    /** A name of the wrong kind (e.g. an entrypoint where an identity belongs). */
    P012,
    /** A field or clause given twice where only one is allowed. */
    P013,
    /** A required field or clause is missing. */
    P014,
    /** An unknown field or clause keyword inside a declaration. */
    P015,
    /** A reserved word used as a declaration name. */
    P016,
    /** A rule with more than one target clause ({@code call}, {@code endpoint}, {@code datasource}). */
    P017,
    /** A second {@code policy} header in one file. */
    P018,
    /** A malformed method string in an entrypoint. */
    P020,
    /** A malformed subject glob or empty identity value. */
    P021,
    /** A malformed endpoint URL pattern. */
    P022,
    /** A malformed or unsupported JDBC URL. */
    P023,
    /** An unknown HTTP method. */
    P024,
    /** A bad credential: unknown source kind, bad variable name, relative file, {@code only_to any}. */
    P025,
    /** An unknown mask detector, {@code apply} scope or injection slot. */
    P026,
    /** A bad policy header value: {@code default} other than deny/monitor, an unknown time zone. */
    P027,
    /** A malformed column pattern or approvers entry, or an empty string where a value is needed. */
    P028,
    /** {@code and} and {@code or} mixed without parentheses. */
    P030,
    /** Operands of incompatible types in a condition. */
    P031,
    /** An unknown {@code principal.*} fact. */
    P032,
    /** A set ({@code principal.groups}, {@code sql.effects}, ...) used other than with {@code contains}. */
    P033,
    /** An invalid regular expression (RE2 syntax). */
    P034,
    /** A fact the rule's target kind cannot have ({@code http.method} in a {@code call} rule). */
    P035,
    /** {@code result.*} in a rule decided before the call runs ({@code permit}, {@code inject}). */
    P036,
    /** A literal outside a fact's documented values ({@code sql.effects contains "delet"}). */
    P037,
    /** A clause that does not fit the rule ({@code inject} without an endpoint or datasource target). */
    P038,
    /** The set has no policy files. */
    P040,
    /** A policy file cannot be read. */
    P041,
    /** Lint: a permit that a forbid always overrides. */
    W001,
    /** Lint: a credential injected toward a target outside its {@code only_to}. */
    W002,
    /** Lint: overlapping mask rules that disagree on replacement or scope. */
    W003;

    public Severity severity() {
        return name().startsWith("W") ? Severity.WARNING : Severity.ERROR;
    }
}
