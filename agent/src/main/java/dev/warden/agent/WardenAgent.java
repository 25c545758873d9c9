package dev.warden.agent;

import dev.warden.agent.config.ConfigException;
import dev.warden.agent.config.ConfigLoader;
import dev.warden.agent.config.WardenConfig;
import dev.warden.agent.identity.TokenVerifier;
import dev.warden.agent.identity.TokenVerifiers;
import dev.warden.agent.instrument.Instrumenter;
import dev.warden.agent.instrument.entrypoint.EntryPointInstrumentation;
import dev.warden.agent.journal.ChronicleJournal;
import dev.warden.agent.journal.DeferredJournal;
import dev.warden.agent.log.WardenLog;
import dev.warden.agent.policy.PolicyHolder;
import dev.warden.agent.policy.PolicyLoading;
import dev.warden.agent.runtime.ModuleAccess;
import dev.warden.agent.session.SessionDispatcher;
import dev.warden.bootstrap.WardenHooks;
import java.io.File;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Starts Warden inside the host JVM (called by the launcher from the isolated class loader). Order
 * matters: settings, JDK access for the journal, policy, journal (opened in the background),
 * identity, the dispatcher, and last the instrumentation that makes hooks fire.
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
        WardenConfig config = configuration(arguments);
        WardenLog.setThreshold(config.logLevel());
        ConfigLoader.warnings(config).forEach(WardenLog::warn);
        ModuleAccess.openJdkInternalsTo(instrumentation, WardenAgent.class.getClassLoader());

        boolean enforce = config.mode() == WardenConfig.Mode.ENFORCE;
        PolicyHolder policy = PolicyLoading.atStart(config.policyPaths(), enforce);
        Path journalDir = config.journalDir();
        DeferredJournal journal = new DeferredJournal(() -> ChronicleJournal.open(journalDir));
        WardenHooks.install(new SessionDispatcher(policy, verifier(config), journal, enforce));

        EntryPointInstrumentation entryPoints = new EntryPointInstrumentation(policy);
        long instrumentNanos = System.nanoTime();
        Instrumenter.install(instrumentation, entryPoints, attached);
        long doneNanos = System.nanoTime();
        WardenLog.info("started in " + (doneNanos - startNanos) / 1_000_000 + " ms (instrumentation "
            + (doneNanos - instrumentNanos) / 1_000_000 + " ms; " + (attached ? "attached" : "premain") + ", mode=" + config.mode().name().toLowerCase()
            + ", policy " + policy.current().revision() + ", " + entryPoints.patterns().size() + " entry-point patterns"
            + ", journal " + config.journalDir().toAbsolutePath() + ")");
    }

    /** Invalid settings never mean "no enforcement": Warden starts failing closed and says why. */
    private static WardenConfig configuration(String arguments) {
        try {
            return ConfigLoader.load(arguments);
        } catch (ConfigException e) {
            WardenLog.error("invalid configuration; every guarded call is DENIED until it is fixed: " + e.getMessage());
            return new WardenConfig(List.of(), Path.of("warden-journal"), WardenConfig.Mode.ENFORCE, null, null, null,
                Duration.ofSeconds(60), Set.of("RS256", "ES256"), WardenLog.Level.INFO);
        }
    }

    /** A key set that cannot be read refuses every token rather than trusting any. */
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
