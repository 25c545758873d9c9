package dev.warden.agent.instrument.httpserver;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.warden.agent.instrument.SuperTypes;
import java.util.List;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;

/** Inbound requests of the JDK's {@code com.sun.net.httpserver}: every {@code HttpHandler.handle}. */
public final class HttpServerInstrumentation {

    private static final String HANDLER = "com.sun.net.httpserver.HttpHandler";
    private static final String EXCHANGE = "com.sun.net.httpserver.HttpExchange";
    private static final List<String> TYPE_NAMES = List.of(HANDLER);
    /** Built once (it parses the advice class), not per transformed handler. */
    private static final Advice ADVICE = Advice.to(HttpHandlerAdvice.class);

    /** Builds the advice (this class's static initialiser) ahead of use; idempotent. */
    public static void prepare() {
        // the work happens in the static initialiser
    }

    /** The type whose implementations this instrumentation advises. */
    public List<String> typeNames() {
        return TYPE_NAMES;
    }

    public AgentBuilder install(AgentBuilder builder) {
        return builder
            .type(not(isInterface()).and(SuperTypes.named(HANDLER)))
            .transform((typeBuilder, type, loader, module, domain) -> typeBuilder.visit(ADVICE
                .on(named("handle").and(takesArguments(1)).and(takesArgument(0, named(EXCHANGE))).and(not(isAbstract())))))
            .asTerminalTransformation();
    }
}
