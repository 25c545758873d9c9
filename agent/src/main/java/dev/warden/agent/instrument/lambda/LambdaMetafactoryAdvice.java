package dev.warden.agent.instrument.lambda;

import dev.warden.bootstrap.WardenHooks;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import net.bytebuddy.asm.Advice;

/**
 * Inlined at the exit of {@code LambdaMetafactory.metafactory} and {@code altMetafactory} (both take
 * the caller's lookup first and the call site's type third). Runs once per lambda call site, when it
 * is linked, not per evaluation. {@code suppress}: whatever fails here, the JDK's call site stands.
 * Nothing here may itself need a lambda, a string concatenation or any other {@code invokedynamic}.
 */
public final class LambdaMetafactoryAdvice {

    private LambdaMetafactoryAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.Argument(0) MethodHandles.Lookup caller,
                            @Advice.Argument(2) MethodType factoryType,
                            @Advice.Return(readOnly = false) CallSite site) {
        site = WardenHooks.linkedLambda(caller, factoryType, site);
    }
}
