package dev.warden.agent.instrument.entrypoint;

import dev.warden.bootstrap.WardenHooks;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into every guarded method. The enter hook may throw WardenDeniedException, which then
 * propagates to the caller before the method body runs; no {@code suppress} here, since that would
 * swallow the denial (the hooks catch their own failures instead).
 */
public final class EntryPointAdvice {

    private EntryPointAdvice() {
    }

    @Advice.OnMethodEnter
    public static Object enter(@Advice.Origin Class<?> declaringType,
                               @Advice.Origin("#m#d") String methodSignature,
                               @Advice.AllArguments Object[] arguments) {
        return WardenHooks.enterEntryPoint(declaringType, methodSignature, arguments);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class)
    public static void exit(@Advice.Enter Object scope, @Advice.Thrown Throwable thrown) {
        WardenHooks.exitEntryPoint(scope, thrown);
    }
}
