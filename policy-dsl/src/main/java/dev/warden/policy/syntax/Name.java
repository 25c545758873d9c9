package dev.warden.policy.syntax;

/** A name as written, with where it was written. */
public record Name(String text, Span span) {
}
