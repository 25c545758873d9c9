package dev.warden.agent.instrument;

import dev.warden.agent.log.WardenLog;
import java.lang.reflect.Constructor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.dynamic.ClassFileLocator;

/**
 * Byte Buddy's agent builder with its public constructor's defaults but one: the initialisation
 * strategy is {@code NoOp} from the start. The public constructors create a {@code SelfInjection}
 * strategy, whose set-up generates and injects a class with Byte Buddy at run time on Java 9+
 * (measured: ≈0.35 s and ≈900 classes of premain), although Warden's builder replaces it with
 * {@code NoOp} at once ({@code disableClassFormatChanges()}) and never uses it.
 *
 * <p>The constructor that takes every strategy is protected, and one of its parameter types is not
 * visible outside Byte Buddy, so it is called reflectively, each argument chosen by its parameter's
 * type. Should a Byte Buddy upgrade change it, the public constructor is used instead: a slower
 * start, the same behaviour ({@code LeanAgentBuilderTest} fails on such an upgrade).
 */
final class LeanAgentBuilder {

    private static final String BUILDER = AgentBuilder.class.getName();

    private LeanAgentBuilder() {
    }

    /** A builder configured as {@code new AgentBuilder.Default(byteBuddy)}, minus self-injection. */
    static AgentBuilder of(ByteBuddy byteBuddy) {
        AgentBuilder lean = leanOrNull(byteBuddy);
        if (lean == null) {
            WardenLog.debug("Byte Buddy's agent builder has another constructor than expected; using the public one");
            return new AgentBuilder.Default(byteBuddy);
        }
        return lean;
    }

    /** Null when this Byte Buddy's protected constructor does not take exactly the expected strategies. */
    static AgentBuilder leanOrNull(ByteBuddy byteBuddy) {
        try {
            Map<String, Object> byType = defaults(byteBuddy);
            for (Constructor<?> constructor : AgentBuilder.Default.class.getDeclaredConstructors()) {
                Class<?>[] types = constructor.getParameterTypes();
                if (types.length == byType.size()) {
                    Object[] arguments = new Object[types.length];
                    for (int i = 0; i < types.length; i++) {
                        if (!byType.containsKey(types[i].getName())) {
                            return null;
                        }
                        arguments[i] = byType.get(types[i].getName());
                    }
                    constructor.setAccessible(true);
                    return (AgentBuilder) constructor.newInstance(arguments);
                }
            }
            return null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /**
     * What {@code new AgentBuilder.Default(byteBuddy)} passes, by parameter type name, with
     * {@code NoOp} initialisation. Types Byte Buddy keeps protected are named, not referenced.
     */
    private static Map<String, Object> defaults(ByteBuddy byteBuddy) throws ReflectiveOperationException {
        Map<String, Object> byType = new HashMap<>();
        put(byType, ByteBuddy.class, byteBuddy);
        put(byType, AgentBuilder.Listener.class, AgentBuilder.Listener.NoOp.INSTANCE);
        put(byType, AgentBuilder.CircularityLock.class, new AgentBuilder.CircularityLock.Default());
        put(byType, AgentBuilder.PoolStrategy.class, AgentBuilder.PoolStrategy.Default.FAST);
        put(byType, AgentBuilder.TypeStrategy.class, AgentBuilder.TypeStrategy.Default.REBASE);
        put(byType, AgentBuilder.LocationStrategy.class, AgentBuilder.LocationStrategy.ForClassLoader.STRONG);
        put(byType, ClassFileLocator.class, ClassFileLocator.NoOp.INSTANCE);
        byType.put(BUILDER + "$Default$NativeMethodStrategy", constant(BUILDER + "$Default$NativeMethodStrategy$Disabled"));
        byType.put(BUILDER + "$Default$WarmupStrategy", constant(BUILDER + "$Default$WarmupStrategy$NoOp"));
        put(byType, AgentBuilder.TransformerDecorator.class, AgentBuilder.TransformerDecorator.NoOp.INSTANCE);
        put(byType, AgentBuilder.InitializationStrategy.class, AgentBuilder.InitializationStrategy.NoOp.INSTANCE); // the difference
        put(byType, AgentBuilder.RedefinitionStrategy.class, AgentBuilder.RedefinitionStrategy.DISABLED);
        put(byType, AgentBuilder.RedefinitionStrategy.DiscoveryStrategy.class,
            AgentBuilder.RedefinitionStrategy.DiscoveryStrategy.SinglePass.INSTANCE);
        put(byType, AgentBuilder.RedefinitionStrategy.BatchAllocator.class,
            AgentBuilder.RedefinitionStrategy.BatchAllocator.ForTotal.INSTANCE);
        put(byType, AgentBuilder.RedefinitionStrategy.Listener.class, AgentBuilder.RedefinitionStrategy.Listener.NoOp.INSTANCE);
        byType.put(BUILDER + "$RedefinitionStrategy$ResubmissionStrategy",
            constant(BUILDER + "$RedefinitionStrategy$ResubmissionStrategy$Disabled"));
        put(byType, AgentBuilder.InjectionStrategy.class, AgentBuilder.InjectionStrategy.UsingReflection.INSTANCE);
        put(byType, AgentBuilder.LambdaInstrumentationStrategy.class, AgentBuilder.LambdaInstrumentationStrategy.DISABLED);
        put(byType, AgentBuilder.DescriptionStrategy.class, AgentBuilder.DescriptionStrategy.Default.HYBRID);
        put(byType, AgentBuilder.FallbackStrategy.class, AgentBuilder.FallbackStrategy.ByThrowableType.ofOptionalTypes());
        put(byType, AgentBuilder.ClassFileBufferStrategy.class, AgentBuilder.ClassFileBufferStrategy.Default.RETAINING);
        put(byType, AgentBuilder.InstallationListener.class, AgentBuilder.InstallationListener.NoOp.INSTANCE);
        put(byType, AgentBuilder.RawMatcher.class, AgentBuilder.RawMatcher.Trivial.NON_MATCHING); // callers set their own
        put(byType, List.class, List.of());
        return byType;
    }

    private static void put(Map<String, Object> byType, Class<?> type, Object value) {
        byType.put(type.getName(), value);
    }

    /** The single constant of one of Byte Buddy's enum strategies. */
    private static Object constant(String enumName) throws ClassNotFoundException {
        return Class.forName(enumName, false, AgentBuilder.class.getClassLoader()).getEnumConstants()[0];
    }
}
