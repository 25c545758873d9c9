package dev.warden.agent.credential;

import dev.warden.policy.CredentialSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads credentials' secrets from where the policy says: an environment variable, or a file that
 * is read again whenever it changes. Thread-safe; a read of an unchanged file costs one
 * {@code stat}. Nothing here logs: a secret that cannot be read is a {@link CredentialException}
 * naming the credential and its variable or path, never the value.
 */
public final class Credentials {

    private final Map<String, String> environment;
    /** One per path, shared by every credential that names it, so each change is read once. */
    private final Map<Path, SecretFile> files = new ConcurrentHashMap<>();

    /** @param environment the process environment ({@link System#getenv()} in production) */
    public Credentials(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Reads environment variables from this process's environment. */
    public static Credentials fromProcessEnvironment() {
        return new Credentials(System.getenv());
    }

    /**
     * The secret of {@code credential} as its source holds it now.
     *
     * @throws CredentialException when it cannot be read now (unset or empty variable; missing,
     *     unreadable, empty or oversized file)
     */
    public Secret secret(String credential, CredentialSource source) {
        return switch (source.kind()) {
            case ENV -> fromEnvironment(credential, source.location());
            case FILE -> files.computeIfAbsent(Path.of(source.location()), SecretFile::new).read(credential);
        };
    }

    /** The environment cannot change under a running process: no re-reading, no trailing newline to strip. */
    private Secret fromEnvironment(String credential, String variable) {
        String value = environment.get(variable);
        if (value == null || value.isEmpty()) {
            throw new CredentialException("credential " + credential + ": environment variable " + variable
                + (value == null ? " is not set" : " is empty"), "set it in the service's environment");
        }
        return new Secret(value.getBytes(StandardCharsets.UTF_8));
    }
}
