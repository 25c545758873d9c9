package dev.warden.agent;

import dev.warden.agent.config.ConfigException;
import dev.warden.agent.config.ConfigLoader;
import dev.warden.agent.config.WardenConfig;
import dev.warden.agent.credential.CredentialCheck;
import dev.warden.agent.credential.Credentials;
import dev.warden.agent.identity.DeferredVerifier;
import dev.warden.agent.identity.TokenVerifier;
import dev.warden.agent.identity.TokenVerifiers;
import dev.warden.agent.instrument.Instrumenter;
import dev.warden.agent.instrument.entrypoint.EntryPointInstrumentation;
import dev.warden.agent.instrument.entrypoint.EntryPointRetransformer;
import dev.warden.agent.journal.DeferredJournal;
import dev.warden.agent.journal.ReopeningJournal;
import dev.warden.agent.log.WardenLog;
import dev.warden.agent.policy.GuardedMethods;
import dev.warden.agent.policy.PolicyHolder;
import dev.warden.agent.policy.PolicyLoading;
import dev.warden.agent.policy.PolicyReloader;
import dev.warden.agent.policy.PolicyWatcher;
import dev.warden.agent.runtime.ModuleAccess;
import dev.warden.agent.session.SessionDispatcher;
import dev.warden.bootstrap.WardenHooks;
import java.io.File;
import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;

/**
 * Starts Warden inside the host JVM (called by the launcher from the isolated class loader). Order
 * matters: settings, JDK access for the journal, the journal and the token verifier (both built in
 * the background), the policy watch, policy and a check of its credentials, the dispatcher, the
 * instrumentation that makes hooks fire, and last the reloads, which may retransform what the
 * instrumentation did (and check the credentials of each new set).
 */
public final class WardenAgent {

    private WardenAgent() {
    }

    public static void start(String arguments, Instrumentation instrumentation, File agentJar, boolean attached) {
        if (WardenHooks.installed()) {
            WardenLog.warn("already running in this JVM; ignoring a second start");
            return;
        }
        long startNanos = System.nanoTime();
        Settings settings = Settings.read(arguments);
        WardenConfig config = settings.config();
        String configError = settings.error();
        WardenLog.setThreshold(config.logLevel());
        ConfigLoader.ignoredSettings().forEach(WardenLog::warn);
        if (configError == null) { // after an error these would only restate it, misleadingly
            ConfigLoader.warnings(config).forEach(WardenLog::warn);
        }
        ModuleAccess.openJdkInternalsTo(instrumentation, WardenAgent.class.getClassLoader());

        // What only the first request needs starts first, on threads of its own: Chronicle's cold
        // start is the longest piece of work, and the key set is not needed before a token arrives.
        Path journalDir = config.journalDir();
        DeferredJournal journal = new DeferredJournal(() -> ReopeningJournal.open(journalDir));
        TokenVerifier verifier = new DeferredVerifier(() -> verifier(config));
        Instrumenter.prepareInBackground();

        boolean enforce = config.mode() == WardenConfig.Mode.ENFORCE;
        PolicyWatcher watcher = watcher(config); // before the first read: no change slips in between
        PolicyHolder policy = configError == null ? PolicyLoading.atStart(config.policyPaths(), enforce)
            : PolicyLoading.denyingAll(config.policyPaths(), "invalid Warden configuration (" + configError + ")");
        Credentials credentials = Credentials.fromProcessEnvironment();
        CredentialCheck.warnUnreadable(policy.current(), credentials);
        WardenHooks.install(new SessionDispatcher(policy, verifier, journal, enforce));

        EntryPointInstrumentation entryPoints = new EntryPointInstrumentation(policy);
        long instrumentNanos = System.nanoTime();
        Instrumenter.install(instrumentation, entryPoints, attached, config.lambdas());
        long doneNanos = System.nanoTime();
        if (watcher != null) {
            EntryPointRetransformer retransformer = new EntryPointRetransformer(instrumentation);
            PolicyReloader reloader = new PolicyReloader(config.policyPaths(), policy, journal, enforce, (before, now) -> {
                retransformer.follow(before, now); // first: reading secrets may be slow, guarding may not wait
                CredentialCheck.warnUnreadable(now, credentials);
            });
            watcher.start(reloader::reload);
        }
        WardenLog.info("started in " + (doneNanos - startNanos) / 1_000_000 + " ms (instrumentation "
            + (doneNanos - instrumentNanos) / 1_000_000 + " ms; " + (attached ? "attached" : "premain") + ", mode=" + config.mode().name().toLowerCase(java.util.Locale.ROOT)
            + ", policy " + policy.current().revision() + ", " + entryPoints.patterns().size() + " entry-point patterns"
            + " (" + GuardedMethods.BUILT_IN.size() + " built-in)"
            + ", policy reload " + (watcher != null ? "every change after " + config.reload().debounce().toMillis() + " ms quiet" : "off")
            + ", journal " + config.journalDir().toAbsolutePath() + ")");
    }

    /** Null when reload is off or there is nothing to watch; a watch that fails only costs reloads. */
    private static PolicyWatcher watcher(WardenConfig config) {
        if (!config.reload().enabled() || config.policyPaths().isEmpty()) {
            return null;
        }
        try {
            return PolicyWatcher.register(config.policyPaths(), config.reload().debounce());
        } catch (IOException | RuntimeException e) {
            WardenLog.warn("cannot watch the policy for changes (" + e + "): it is read at start only");
            return null;
        }
    }

    /**
     * The settings, and what is wrong with them (null when nothing). Invalid settings never mean "no
     * enforcement": Warden then starts failing closed ({@link ConfigLoader#failClosed}).
     */
    private record Settings(WardenConfig config, String error) {

        static Settings read(String arguments) {
            try {
                return new Settings(ConfigLoader.load(arguments), null);
            } catch (ConfigException e) {
                return new Settings(ConfigLoader.failClosed(arguments), e.getMessage());
            }
        }
    }

    /** A key set that cannot be read refuses every token rather than trusting any. Never throws. */
    private static TokenVerifier verifier(WardenConfig config) {
        try {
            return TokenVerifiers.fromConfig(config);
        } catch (ConfigException e) {
            WardenLog.error("token verification unavailable, every presented token is refused: " + e.getMessage());
            return TokenVerifiers.fromConfig(new WardenConfig(config.policyPaths(), config.journalDir(), config.mode(),
                null, null, null, config.clockSkew(), config.algorithms(), config.logLevel()));
        }
    }
}
