package dev.warden.policy;

/**
 * One {@code inject} rule's obligation: put a credential into the outbound request.
 *
 * @param ruleId the inject rule
 * @param credential the credential's declared name
 * @param source where to read the secret (the agent reads it, and re-reads it when it changes)
 * @param slot where it goes
 * @param header the header name for {@link Slot#HEADER}, else {@code null}
 */
public record Injection(String ruleId, String credential, CredentialSource source, Slot slot, String header) {

    /** Where an injected credential goes. */
    public enum Slot {
        /** A request header named by {@link #header()}. */
        HEADER,
        /** {@code Authorization: Bearer <secret>}. */
        BEARER,
        /** The password of a JDBC connection. */
        PASSWORD
    }
}
