package dev.warden.policy.syntax;

/**
 * Stable diagnostic codes. Never renumber: people search for them, and docs/policy-language.md
 * lists each with an example.
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
    /** A malformed method string in an entrypoint. */
    P020,
    /** A malformed subject glob or empty identity value. */
    P021,
    /** {@code and} and {@code or} mixed without parentheses. */
    P030,
    /** Operands of incompatible types in a condition. */
    P031,
    /** An unknown {@code principal.*} fact. */
    P032,
    /** {@code contains} used on anything but {@code principal.groups contains "literal"}. */
    P033,
    /** The set has no policy files. */
    P040,
    /** A policy file cannot be read. */
    P041
}
