package dev.warden.agent.instrument;

import dev.warden.agent.instrument.entrypoint.EntryPointInstrumentation;
import dev.warden.agent.instrument.httpserver.HttpServerInstrumentation;
import dev.warden.agent.log.WardenLog;
import dev.warden.bootstrap.WardenHooks;
import java.lang.instrument.Instrumentation;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.utility.JavaModule;

/** Installs every instrumentation with one Byte Buddy agent builder. */
public final class Instrumenter {

    private Instrumenter() {
    }

    /**
     * The transformer is registered as retransformation-capable in both cases, so a policy reload can
     * retransform loaded classes later (see {@code EntryPointRetransformer}).
     *
     * @param attached true when attached to a running JVM: classes already loaded are then
     *     retransformed. At premain nothing of the application is loaded yet, so the (slow) walk over
     *     loaded classes is skipped: the walk is given no classes.
     */
    public static void install(Instrumentation instrumentation, EntryPointInstrumentation entryPoints, boolean attached) {
        AgentBuilder builder = new AgentBuilder.Default(new ByteBuddy().with(TypeValidation.DISABLED))
            .disableClassFormatChanges()
            .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
            .with(attached ? AgentBuilder.RedefinitionStrategy.DiscoveryStrategy.SinglePass.INSTANCE
                           : new AgentBuilder.RedefinitionStrategy.DiscoveryStrategy.Explicit())
            .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
            .with(AgentBuilder.TypeStrategy.Default.REDEFINE)
            .with(AgentBuilder.DescriptionStrategy.Default.POOL_ONLY)
            .with(new TypePoolCache())
            .with(AgentBuilder.LocationStrategy.ForClassLoader.WEAK)
            .ignore(new IgnoredTypes(Instrumenter.class.getClassLoader()))
            // Instrumented named modules must read the bootstrap hooks the advice calls.
            .assureReadEdgeTo(instrumentation, WardenHooks.class)
            .with(new FailureListener());
        builder = entryPoints.install(builder);
        builder = new HttpServerInstrumentation().install(builder);
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
