package dev.warden.agent;

import dev.warden.agent.config.ConfigException;
import dev.warden.agent.config.ConfigLoader;
import dev.warden.agent.config.WardenConfig;
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
        WardenConfig config;
        try {
            config = ConfigLoader.load(arguments, ConfigLoader.systemProperties(), System.getenv());
        } catch (ConfigException e) {
            WardenLog.error("invalid configuration, every guarded call will be DENIED: " + e.getMessage());
            config = ConfigLoader.failClosedDefaults();
        }
        WardenLog.setThreshold(config.logLevel());
        ModuleAccess.openJdkInternalsTo(instrumentation, WardenAgent.class.getClassLoader());

        boolean enforce = config.mode() == WardenConfig.Mode.ENFORCE;
        PolicyHolder policy = PolicyLoading.atStart(config.policyPaths(), enforce);
        WardenConfig journalConfig = config;
        DeferredJournal journal = new DeferredJournal(() -> ChronicleJournal.open(journalConfig.journalDir()));
        WardenHooks.install(new SessionDispatcher(policy, TokenVerifiers.fromConfig(config), journal, enforce));

        EntryPointInstrumentation entryPoints = new EntryPointInstrumentation(policy.current().entryPoints());
        Instrumenter.install(instrumentation, entryPoints);
        WardenLog.info("started (" + (attached ? "attached" : "premain") + ", mode=" + config.mode().name().toLowerCase()
            + ", policy " + policy.current().revision() + ", " + entryPoints.patterns().size() + " entry-point patterns"
            + ", journal " + config.journalDir().toAbsolutePath() + ")");
    }
}
