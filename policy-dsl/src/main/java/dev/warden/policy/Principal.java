package dev.warden.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who is calling, as far as Warden could verify. Only a verified principal carries a subject: an
 * unverifiable token yields {@link #anonymous()}, never its claimed subject.
 *
 * @param subject the verified {@code sub}, or {@code null} when anonymous
 * @param issuer the verified {@code iss}, or {@code null} when anonymous
 * @param audiences the verified {@code aud} values (may be empty)
 * @param groups group names from the verified token (may be empty)
 * @param claims other verified claims, as strings
 */
public record Principal(String subject, String issuer, List<String> audiences, List<String> groups,
                        Map<String, String> claims) {

    private static final Principal ANONYMOUS = new Principal(null, null, List.of(), List.of(), Map.of());

    public Principal {
        audiences = List.copyOf(audiences);
        groups = List.copyOf(groups);
        claims = Map.copyOf(claims);
    }

    /** A principal whose audiences are read from the {@code aud} claim (values separated by commas or spaces). */
    public Principal(String subject, String issuer, List<String> groups, Map<String, String> claims) {
        this(subject, issuer, audiencesOf(claims.get("aud")), groups, claims);
    }

    public static Principal anonymous() {
        return ANONYMOUS;
    }

    public static Principal verified(String subject, String issuer) {
        return new Principal(Objects.requireNonNull(subject), Objects.requireNonNull(issuer), List.of(), List.of(),
            Map.of());
    }

    public boolean isAnonymous() {
        return subject == null;
    }

    private static List<String> audiencesOf(String aud) {
        List<String> result = new ArrayList<>();
        if (aud != null) {
            for (String part : aud.split("[,\\s]+")) {
                if (!part.isEmpty()) {
                    result.add(part);
                }
            }
        }
        return result;
    }
}
