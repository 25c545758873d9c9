package dev.warden.agent.identity;

import java.util.List;
import java.util.Map;

/**
 * A bearer token whose signature, issuer, audience and validity window were checked.
 *
 * @param fingerprint a one-way fingerprint of the token, safe to journal ({@code sha256:<hex>})
 */
public record VerifiedToken(String subject, String issuer, List<String> groups, Map<String, String> claims,
                            String fingerprint, long expiresAtEpochSecond) {

    public VerifiedToken {
        groups = List.copyOf(groups);
        claims = Map.copyOf(claims);
    }
}
