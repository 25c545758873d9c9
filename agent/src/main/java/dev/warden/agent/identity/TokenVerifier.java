package dev.warden.agent.identity;

/** Verifies inbound bearer tokens. Implementations are thread-safe. */
public interface TokenVerifier {

    VerifiedToken verify(String bearerToken) throws TokenRejectedException;
}
