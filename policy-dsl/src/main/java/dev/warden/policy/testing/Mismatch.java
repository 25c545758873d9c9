package dev.warden.policy.testing;

/**
 * One way a decision differs from what its test expects.
 *
 * @param part {@code effect}, {@code rules}, {@code masks}, {@code injections}, {@code approvals} or
 *     {@code monitor_only} — the names a test file uses
 * @param expected what the test says, as a test file would write it ({@code permit}, {@code [a, b]})
 * @param actual what the decision has, written the same way
 */
public record Mismatch(String part, String expected, String actual) {
}
