package dev.warden.agent.instrument;

import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;

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

    public static void install(Instrumentation instrumentation, EntryPointInstrumentation entryPoints) {
        AgentBuilder builder = new AgentBuilder.Default(new ByteBuddy().with(TypeValidation.DISABLED))
            .disableClassFormatChanges()
            .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
            .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
            .with(AgentBuilder.TypeStrategy.Default.REDEFINE)
            // Byte Buddy's default ignores bootstrap classes; ours does not, so JDK types
            // (HttpServer handlers, later java.net.http and java.sql) can be reached.
            .ignore(nameStartsWith("net.bytebuddy.")
                .or(nameStartsWith("dev.warden."))
                .or(nameStartsWith("jdk.internal."))
                .or(nameStartsWith("sun.reflect."))
                .or(isSynthetic()))
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
