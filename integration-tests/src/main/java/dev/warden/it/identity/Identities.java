package dev.warden.it.identity;

/** The names the example policy ({@code examples/chunking.policy}) and the tests agree on. */
public final class Identities {

    public static final String ISSUER = "https://issuer.warden.test";
    public static final String AUDIENCE = "chunking-service";
    /** Permitted to split documents. */
    public static final String INGEST = "svc-ingest@warden.test";
    /** Forbidden to split documents. */
    public static final String REPORTING = "svc-reporting@warden.test";

    private Identities() {
    }
}
