package dev.warden.agent.instrument;

import dev.warden.agent.instrument.entrypoint.EntryPointInstrumentation;
import dev.warden.agent.instrument.httpserver.HttpServerInstrumentation;
import dev.warden.agent.instrument.lambda.GuardedLambdaLinker;
import dev.warden.agent.instrument.lambda.LambdaMetafactoryInstrumentation;
import dev.warden.agent.log.WardenLog;
import dev.warden.agent.runtime.Background;
import dev.warden.bootstrap.WardenHooks;
import java.lang.instrument.Instrumentation;
import java.util.List;
import java.util.function.Supplier;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.utility.JavaModule;

/** Installs every instrumentation with one Byte Buddy agent builder. */
public final class Instrumenter {

    /** Byte Buddy's class file transformer, whose static initialiser builds its factory. */
    private static final String EXECUTING_TRANSFORMER = AgentBuilder.Default.class.getName() + "$ExecutingTransformer";

    private Instrumenter() {
    }

    /**
     * Prepares on a background thread what installing Warden's instrumentation needs and premain
     * need not wait for: the advice of every instrumentation (Byte Buddy's advice machinery, a few
     * hundred classes) and Byte Buddy's transformer class, which on Java 9+ generates a subclass of
     * itself at run time to receive each class's module (≈0.2 s of premain, measured). Loaded there,
     * both overlap with reading the policy and configuring the agent builder on the premain thread,
     * which waits for them (the JVM's class initialisation lock) only if it gets there first.
     */
    public static void prepareInBackground() {
        Background.run("warden-instrumentation-prepare", () -> {
            EntryPointInstrumentation.prepare();
            HttpServerInstrumentation.prepare();
            initialise(EXECUTING_TRANSFORMER);
        });
    }

    /** Runs a class's static initialiser, if it is there; what it would have done happens later otherwise. */
    private static void initialise(String className) {
        try {
            Class.forName(className, true, Instrumenter.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            WardenLog.debug("could not prepare " + className + " ahead of use: " + e);
        }
    }

    /**
     * The transformer is registered as retransformation-capable in both cases, so a policy reload can
     * retransform loaded classes later (see {@code EntryPointRetransformer}).
     *
     * @param attached true when attached to a running JVM: classes already loaded are then
     *     retransformed. At premain nothing of the application is loaded yet, so the (slow) walk over
     *     loaded classes is skipped: the walk is given only {@code LambdaMetafactory}, which the JVM
     *     loads before any agent.
     * @param lambdas whether to guard lambdas too (setting {@code lambdas}; off by default: advising
     *     {@code LambdaMetafactory} at premain measured ≈+190 ms of instrumentation)
     */
    public static void install(Instrumentation instrumentation, EntryPointInstrumentation entryPoints, boolean attached,
                               boolean lambdas) {
        HttpServerInstrumentation httpServer = new HttpServerInstrumentation();
        IgnoredTypes ignored = new IgnoredTypes(Instrumenter.class.getClassLoader());
        // Every instrumentation matches subtypes of the types it names: the filter hands Byte Buddy
        // only classes that could be one. A new instrumentation adds its names here.
        List<Supplier<List<String>>> targets = List.of(entryPoints::typeNames, httpServer::typeNames);
        CandidateFilter candidates = new CandidateFilter(ignored, targets);
        // Lambdas of those types are hidden classes no transformer sees: they are wrapped as they are
        // linked (installed before LambdaMetafactory is advised, below, so the advice finds it).
        if (lambdas) {
            WardenHooks.installLambdaLinker(new GuardedLambdaLinker(targets,
                caller -> ignored.ignoresLoader(caller.getClassLoader()) || IgnoredTypes.ignoresName(caller.getName())));
        }
        AgentBuilder builder = LeanAgentBuilder.of(new ByteBuddy().with(TypeValidation.DISABLED))
            .disableClassFormatChanges()
            .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
            .with(attached ? AgentBuilder.RedefinitionStrategy.DiscoveryStrategy.SinglePass.INSTANCE
                           : lambdas ? new AgentBuilder.RedefinitionStrategy.DiscoveryStrategy.Explicit(LambdaMetafactoryInstrumentation.FACTORY)
                           : new AgentBuilder.RedefinitionStrategy.DiscoveryStrategy.Explicit())
            .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
            .with(AgentBuilder.TypeStrategy.Default.REDEFINE)
            .with(AgentBuilder.DescriptionStrategy.Default.POOL_ONLY)
            .with(new TypePoolCache())
            .with(AgentBuilder.LocationStrategy.ForClassLoader.WEAK)
            .ignore(ignored)
            .with(candidates)
            // Instrumented named modules must read the bootstrap hooks the advice calls.
            .assureReadEdgeTo(instrumentation, WardenHooks.class)
            .with(new FailureListener());
        builder = entryPoints.install(builder);
        builder = httpServer.install(builder);
        if (lambdas) {
            builder = LambdaMetafactoryInstrumentation.install(builder);
        }
        builder.installOn(instrumentation);
    }

    /** One line per class Warden could not instrument: the host runs on, unguarded there. */
    private static final class FailureListener extends AgentBuilder.Listener.Adapter {
        @Override
        public void onError(String typeName, ClassLoader classLoader, JavaModule module, boolean loaded, Throwable throwable) {
            WardenLog.warn("could not instrument " + typeName + ": " + throwable);
        }

        @Override
        public void onTransformation(TypeDescription type, ClassLoader classLoader, JavaModule module, boolean loaded,
                                     net.bytebuddy.dynamic.DynamicType dynamicType) {
            if (WardenLog.debugEnabled()) {
                WardenLog.debug("instrumented " + type.getName());
            }
        }
    }
}
