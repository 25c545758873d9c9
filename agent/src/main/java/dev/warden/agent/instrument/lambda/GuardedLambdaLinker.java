package dev.warden.agent.instrument.lambda;

import dev.warden.agent.log.WardenLog;
import dev.warden.bootstrap.LambdaLinker;
import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Decides, once per lambda call site as it is linked, whether its functional interface is (a
 * subtype of) a type an instrumentation names; only then is the call site's result wrapped in a
 * {@link LambdaForwarding} proxy, whose class is an ordinary class and so instrumented like any
 * other implementation. Every other lambda keeps the JDK's call site untouched: what they pay is
 * this check, once per call site.
 *
 * <p>Runs inside {@code LambdaMetafactory}: nothing on this path uses a lambda (its own linking
 * would come back here), and a lambda linked while this thread is already here is left alone.
 */
public final class GuardedLambdaLinker implements LambdaLinker {

    /** Names of a type, its superclasses and all its interfaces, computed once per class. */
    private static final ClassValue<Set<String>> SUPERTYPE_NAMES = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            Set<String> names = new HashSet<>();
            ArrayDeque<Class<?>> pending = new ArrayDeque<>();
            pending.add(type);
            while (!pending.isEmpty()) {
                Class<?> next = pending.poll();
                if (names.add(next.getName())) {
                    Collections.addAll(pending, next.getInterfaces());
                    if (next.getSuperclass() != null) {
                        pending.add(next.getSuperclass());
                    }
                }
            }
            return Set.copyOf(names);
        }
    };

    /** The type names each instrumentation matches subtypes of (they follow reloads). */
    private final List<Supplier<List<String>>> targets;
    /** Callers whose lambdas are never wrapped: Warden's own classes and the ones it never instruments. */
    private final Predicate<Class<?>> ignoredCallers;
    private final ThreadLocal<Boolean> linking = new ThreadLocal<>();

    public GuardedLambdaLinker(List<Supplier<List<String>>> targets, Predicate<Class<?>> ignoredCallers) {
        this.targets = List.copyOf(targets);
        this.ignoredCallers = ignoredCallers;
    }

    @Override
    public CallSite link(MethodHandles.Lookup caller, MethodType factoryType, CallSite linked) {
        if (!(linked instanceof ConstantCallSite) || linking.get() != null) {
            return linked;
        }
        linking.set(Boolean.TRUE);
        try {
            Class<?> functionalInterface = factoryType.returnType();
            if (!guarded(functionalInterface) || ignoredCallers.test(caller.lookupClass())) {
                return linked;
            }
            return new ConstantCallSite(MethodHandles.filterReturnValue(linked.getTarget(),
                LambdaForwarding.filter(caller, functionalInterface)));
        } catch (Throwable t) {
            WardenLog.warn("could not guard a lambda of " + factoryType.returnType().getName() + " in "
                + caller.lookupClass().getName() + ", it runs unguarded: " + t);
            return linked;
        } finally {
            linking.remove();
        }
    }

    /** Whether lambdas of this interface implement a type some instrumentation names now. */
    boolean guarded(Class<?> functionalInterface) {
        Set<String> names = SUPERTYPE_NAMES.get(functionalInterface);
        for (int i = 0, n = targets.size(); i < n; i++) {
            List<String> targetNames = targets.get(i).get();
            for (int j = 0, m = targetNames.size(); j < m; j++) {
                if (names.contains(targetNames.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }
}
