package dev.warden.agent.instrument;

import static net.bytebuddy.matcher.ElementMatchers.named;

import dev.warden.agent.log.WardenLog;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.implementation.Implementation;

/**
 * Weaves an advice into a class of Warden's own, on the preparing thread, and throws the result
 * away: the first real transformation (an application's HTTP handler, before it even listens)
 * then finds Byte Buddy's weaving machinery loaded instead of loading it (≈0.1 s on two cores,
 * measured on the sample service). Nothing is defined or loaded from the woven bytes.
 */
public final class WeavingRehearsal {

    private WeavingRehearsal() {
    }

    /** Weaves {@code advice} into the methods named {@code method} of {@code stand-in}; failures only cost the head start. */
    public static void rehearse(Advice advice, Class<?> standIn, String method) {
        try {
            new ByteBuddy().with(TypeValidation.DISABLED).with(Implementation.Context.Disabled.Factory.INSTANCE)
                .redefine(standIn)
                .visit(advice.on(named(method)))
                .make()
                .getBytes();
        } catch (RuntimeException | LinkageError e) {
            WardenLog.debug("could not rehearse weaving into " + standIn.getName() + ": " + e);
        }
    }
}
