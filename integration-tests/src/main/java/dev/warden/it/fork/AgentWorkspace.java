package dev.warden.it.fork;

import dev.warden.it.identity.Identities;
import dev.warden.it.identity.TokenIssuer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Everything one agent-attached service needs on disk, in one directory: a policy, the JWKS of a
 * freshly generated test issuer, and an empty journal directory.
 */
public record AgentWorkspace(Path dir, TokenIssuer issuer, Path jwks, Path policy, Path journal) {

    /** Resource name of {@code examples/chunking.policy}, which the build copies onto the class path. */
    private static final String EXAMPLE_POLICY = "dev/warden/it/fork/chunking.policy";

    /** Creates the workspace in {@code dir} (created if needed) with {@code policyText} as {@code chunking.policy}. */
    public static AgentWorkspace create(Path dir, String policyText) {
        return create(dir, "chunking.policy", policyText);
    }

    /** As {@link #create(Path, String)}, naming the policy file (error messages cite its name). */
    public static AgentWorkspace create(Path dir, String policyFileName, String policyText) {
        try {
            Files.createDirectories(dir);
            Path policy = Files.writeString(dir.resolve(policyFileName), policyText, StandardCharsets.UTF_8);
            Path journal = Files.createDirectories(dir.resolve("journal"));
            TokenIssuer issuer = TokenIssuer.generate("warden-test-key");
            Path jwks = issuer.writeJwks(dir.resolve("jwks.json"));
            return new AgentWorkspace(dir, issuer, jwks, policy, journal);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up the agent workspace in " + dir, e);
        }
    }

    /** The text of {@code examples/chunking.policy} (ingest may split documents, reporting may not). */
    public static String examplePolicy() {
        try (InputStream in = AgentWorkspace.class.getClassLoader().getResourceAsStream(EXAMPLE_POLICY)) {
            if (in == null) {
                throw new IllegalStateException(EXAMPLE_POLICY + " is missing from the class path: the build copies it from examples/chunking.policy");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the example policy " + EXAMPLE_POLICY, e);
        }
    }

    /** Agent options for this workspace, trusting the test issuer for the chunking-service audience. */
    public AgentOptions options() {
        return new AgentOptions(policy, jwks, Identities.ISSUER, Identities.AUDIENCE, journal);
    }
}
