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
 */
public record WardenConfig(List<Path> policyPaths, Path journalDir, Mode mode, Path jwksFile, String issuer,
                           String audience, Duration clockSkew, Set<String> algorithms, WardenLog.Level logLevel) {

    public enum Mode { ENFORCE, MONITOR }

    public WardenConfig {
        policyPaths = List.copyOf(policyPaths);
        algorithms = Set.copyOf(algorithms);
    }
}
