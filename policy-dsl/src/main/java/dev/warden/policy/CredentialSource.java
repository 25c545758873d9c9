package dev.warden.policy;

/**
 * Where a credential's secret is read from. The policy names the place; it never holds the secret.
 *
 * @param kind environment variable or file
 * @param location the variable's name, or the file's absolute path
 */
public record CredentialSource(Kind kind, String location) {

    public enum Kind { ENV, FILE }
}
