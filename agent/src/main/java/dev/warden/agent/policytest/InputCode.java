package dev.warden.agent.policytest;

/** Stable codes of the problems in request and test files (documented in docs/cli.md). */
enum InputCode {
    /** Not JSON: a syntax error, a duplicate field, content after the document. */
    T001,
    /** A field the format does not have. */
    T002,
    /** A value of the wrong type (a number where a string belongs). */
    T003,
    /** A required field is missing, or fields that exclude each other are both given. */
    T004,
    /** A value of the right type that is not valid: a bad URL, a value none of its choices, a repeated test name. */
    T005,
    /** The file cannot be read. */
    T006
}
