package dev.warden.agent.instrument.lambda;

import dev.warden.agent.log.WardenLog;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One guarded lambda call site: each lambda it produces is handed out inside a
 * {@link java.lang.reflect.Proxy} implementing the same interfaces. The proxy's class, unlike the
 * lambda's hidden class, is defined through the class file transformers, so the entry-point and
 * {@code HttpHandler} instrumentations advise it as they advise any implementation; its handler
 * forwards each call to the lambda.
 */
final class LambdaForwarding {

    private static final MethodType SPREAD = MethodType.methodType(Object.class, Object.class, Object[].class);
    private static final Object[] NO_ARGUMENTS = {};
    private static final MethodHandle WRAP;

    static {
        try {
            WRAP = MethodHandles.lookup().findVirtual(LambdaForwarding.class, "wrap",
                MethodType.methodType(Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The caller's lookup: it can reach the interface's methods, whatever their access. */
    private final MethodHandles.Lookup caller;
    /** Each interface method as {@code (lambda, arguments[]) -> result}. */
    private final Map<Method, MethodHandle> forwards = new ConcurrentHashMap<>();
    private volatile boolean warned;

    private LambdaForwarding(MethodHandles.Lookup caller) {
        this.caller = caller;
    }

    /** A filter for the call site's result: the lambda in, its guarded proxy out. */
    static MethodHandle filter(MethodHandles.Lookup caller, Class<?> functionalInterface) {
        return WRAP.bindTo(new LambdaForwarding(caller)).asType(MethodType.methodType(functionalInterface, functionalInterface));
    }

    /** The proxy; the lambda itself should no proxy be possible (logged once: that lambda runs unguarded). */
    Object wrap(Object lambda) {
        try {
            Class<?> type = lambda.getClass();
            return Proxy.newProxyInstance(type.getClassLoader(), type.getInterfaces(), new Forward(lambda));
        } catch (RuntimeException | Error e) {
            if (!warned) {
                warned = true;
                WardenLog.warn("could not guard lambdas of " + caller.lookupClass().getName() + ", they run unguarded: " + e);
            }
            return lambda;
        }
    }

    private MethodHandle forward(Method method) throws IllegalAccessException {
        MethodHandle forward = forwards.get(method);
        if (forward == null) {
            forward = caller.unreflect(method).asSpreader(Object[].class, method.getParameterCount()).asType(SPREAD);
            forwards.put(method, forward);
        }
        return forward;
    }

    private final class Forward implements InvocationHandler {

        private final Object lambda;

        Forward(Object lambda) {
            this.lambda = lambda;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == arguments[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> lambda.toString();
                };
            }
            if (method.isDefault()) {
                try {
                    // the default body runs on the proxy, so the abstract method it calls is guarded too
                    return InvocationHandler.invokeDefault(proxy, method, arguments);
                } catch (IllegalAccessException inaccessible) {
                    // an interface Warden's loader cannot access: the lambda runs the default body
                }
            }
            Object[] spread = arguments == null ? NO_ARGUMENTS : arguments; // a local: invokeExact needs its static type
            return (Object) forward(method).invokeExact(lambda, spread);
        }
    }
}
