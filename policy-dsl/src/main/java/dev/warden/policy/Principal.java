package dev.warden.policy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who is calling, as far as Warden could verify. Only a verified principal carries a subject: an
 * unverifiable token yields {@link #anonymous()}, never its claimed subject.
 *
 * @param subject the verified {@code sub}, or {@code null} when anonymous
 * @param issuer the verified {@code iss}, or {@code null} when anonymous
 * @param groups group names from the verified token (may be empty)
 * @param claims other verified claims, as strings
 */
public record Principal(String subject, String issuer, List<String> groups, Map<String, String> claims) {

    private static final Principal ANONYMOUS = new Principal(null, null, List.of(), Map.of());

    public Principal {
        groups = List.copyOf(groups);
        claims = Map.copyOf(claims);
    }

    public static Principal anonymous() {
        return ANONYMOUS;
    }

    public static Principal verified(String subject, String issuer) {
        return new Principal(Objects.requireNonNull(subject), Objects.requireNonNull(issuer), List.of(), Map.of());
    }

    public boolean isAnonymous() {
        return subject == null;
    }
}
