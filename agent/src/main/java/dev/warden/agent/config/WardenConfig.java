package dev.warden.agent.config;

import dev.warden.agent.log.WardenLog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The agent's settings, resolved once at start from agent arguments, {@code -Dwarden.*} system
 * properties and {@code WARDEN_*} environment variables (in that order of precedence). See
 * docs/configuration.md.
 *
 * @param policyPaths policy files or directories of {@code .policy} files
 * @param journalDir the Chronicle Queue directory
 * @param mode enforce (deny what policy denies, fail closed on internal errors) or monitor
 *     (record what would be denied, let everything run)
 * @param jwksFile the JSON Web Key Set that inbound tokens must be signed with
 * @param issuer the one trusted token issuer ({@code iss})
 * @param audience the audience ({@code aud}) tokens must be issued for
 * @param clockSkew tolerance for {@code exp}/{@code nbf}
 * @param algorithms JWS algorithms accepted (allow-list)
 * @param logLevel Warden's own log threshold
 * @param reload whether and how the policy paths are watched for changes
 */
public record WardenConfig(List<Path> policyPaths, Path journalDir, Mode mode, Path jwksFile, String issuer,
                           String audience, Duration clockSkew, Set<String> algorithms, WardenLog.Level logLevel,
                           PolicyReload reload, boolean lambdas) {

    /** Without lambda guarding (the default, {@code lambdas=off}). */
    public WardenConfig(List<Path> policyPaths, Path journalDir, Mode mode, Path jwksFile, String issuer, String audience,
                        Duration clockSkew, Set<String> algorithms, WardenLog.Level logLevel, PolicyReload reload) {
        this(policyPaths, journalDir, mode, jwksFile, issuer, audience, clockSkew, algorithms, logLevel, reload, false);
    }

    public enum Mode { ENFORCE, MONITOR }

    /**
     * Policy hot reload.
     *
     * @param enabled watch the policy paths and reload on change
     * @param debounce the quiet period after the last change before the set is reloaded
     */
    public record PolicyReload(boolean enabled, Duration debounce) {

        public static final PolicyReload DEFAULT = new PolicyReload(true, Duration.ofMillis(300));
    }

    public WardenConfig {
        policyPaths = List.copyOf(policyPaths);
        algorithms = Set.copyOf(algorithms);
        reload = reload == null ? PolicyReload.DEFAULT : reload;
    }

    /** Settings with the default policy reload. */
    public WardenConfig(List<Path> policyPaths, Path journalDir, Mode mode, Path jwksFile, String issuer,
                        String audience, Duration clockSkew, Set<String> algorithms, WardenLog.Level logLevel) {
        this(policyPaths, journalDir, mode, jwksFile, issuer, audience, clockSkew, algorithms, logLevel, PolicyReload.DEFAULT);
    }
}
