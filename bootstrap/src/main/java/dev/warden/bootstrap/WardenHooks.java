package dev.warden.bootstrap;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.Callable;

/**
 * The static entry that inlined advice calls. Lives on the bootstrap class path so that code in any
 * class loader (the JDK's own included) can reach it. Until the agent installs its dispatcher, or
 * when no agent runs, every hook is a no-op.
 */
public final class WardenHooks {

    private static volatile Dispatcher dispatcher;
    private static volatile LambdaLinker lambdaLinker;

    private WardenHooks() {
    }

    /** Called once by the agent at start. */
    public static void install(Dispatcher installed) {
        dispatcher = installed;
    }

    /** Called once by the agent, before it advises {@code LambdaMetafactory}. */
    public static void installLambdaLinker(LambdaLinker installed) {
        lambdaLinker = installed;
    }

    public static boolean installed() {
        return dispatcher != null;
    }

    public static Object enterEntryPoint(Class<?> declaringType, String methodSignature, Object[] arguments) {
        Dispatcher d = dispatcher;
        return d == null ? null : d.enterEntryPoint(declaringType, methodSignature, arguments);
    }

    public static void exitEntryPoint(Object scope, Throwable thrown) {
        Dispatcher d = dispatcher;
        if (d != null && scope != null) {
            d.exitEntryPoint(scope, thrown);
        }
    }

    public static int enterInbound(String method, String path, String authorization) {
        Dispatcher d = dispatcher;
        return d == null ? 0 : d.enterInbound(method, path, authorization);
    }

    public static void exitInbound(Throwable thrown) {
        Dispatcher d = dispatcher;
        if (d != null) {
            d.exitInbound(thrown);
        }
    }

    /** Called on exit of {@code LambdaMetafactory}'s factories; any failure keeps the JDK's call site. */
    public static CallSite linkedLambda(MethodHandles.Lookup caller, MethodType factoryType, CallSite linked) {
        LambdaLinker l = lambdaLinker;
        if (l == null) {
            return linked;
        }
        try {
            CallSite site = l.link(caller, factoryType, linked);
            return site == null ? linked : site;
        } catch (Throwable t) {
            return linked;
        }
    }

    static <T> T runAs(String bearerToken, Callable<T> work) throws Exception {
        Dispatcher d = dispatcher;
        return d == null ? work.call() : d.runAs(bearerToken, work);
    }
}
