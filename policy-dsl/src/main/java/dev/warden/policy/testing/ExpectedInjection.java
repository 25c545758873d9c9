package dev.warden.policy.testing;

import dev.warden.policy.Injection;
import java.util.Locale;
import java.util.Objects;

/**
 * An injection a test expects: which credential goes where. Header names compare
 * case-insensitively, as HTTP does; they are kept lower case.
 *
 * @param header for {@link Injection.Slot#HEADER}, the header name; otherwise null
 */
public record ExpectedInjection(String credential, Injection.Slot slot, String header)
    implements Comparable<ExpectedInjection> {

    public ExpectedInjection {
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(slot, "slot");
        header = header == null ? null : header.toLowerCase(Locale.ROOT);
    }

    /** What an actual injection amounts to, for comparison with an expected one. */
    public static ExpectedInjection of(Injection injection) {
        return new ExpectedInjection(injection.credential(), injection.slot(), injection.header());
    }

    /** {@code embeddings_key into bearer}, {@code key into header "x-api-key"}. */
    @Override
    public String toString() {
        return credential + " into " + slot.name().toLowerCase(Locale.ROOT) + (header == null ? "" : " \"" + header + "\"");
    }

    @Override
    public int compareTo(ExpectedInjection other) {
        return toString().compareTo(other.toString());
    }
}
