package dev.warden.agent.session;

import dev.warden.agent.identity.TokenRejectedException;
import dev.warden.agent.identity.TokenVerifier;

/** Turns what a caller presented (an Authorization header, a token) into a {@link CallerIdentity}. */
final class IdentityResolver {

    private static final String BEARER = "bearer ";

    private final TokenVerifier verifier;

    IdentityResolver(TokenVerifier verifier) {
        this.verifier = verifier;
    }

    /** @param header the Authorization header; several are joined with {@code '\n'} (see the bootstrap's Dispatcher) */
    CallerIdentity fromAuthorizationHeader(String header) {
        if (header == null || header.isBlank()) {
            return CallerIdentity.ANONYMOUS;
        }
        if (header.indexOf('\n') >= 0) { // several Authorization headers: which one is meant is not ours to guess
            return CallerIdentity.rejected("duplicate_header", null);
        }
        String trimmed = header.strip();
        // RFC 6750: the scheme is case-insensitive; anything but Bearer is not a credential we accept.
        if (trimmed.length() <= BEARER.length() || !trimmed.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return CallerIdentity.rejected("not_bearer", null);
        }
        return fromToken(trimmed.substring(BEARER.length()).strip());
    }

    CallerIdentity fromToken(String token) {
        if (token == null || token.isBlank()) {
            return CallerIdentity.rejected("malformed", null);
        }
        try {
            return CallerIdentity.verified(verifier.verify(token));
        } catch (TokenRejectedException e) {
            return CallerIdentity.rejected(e.reason(), e.fingerprint());
        }
    }
}
