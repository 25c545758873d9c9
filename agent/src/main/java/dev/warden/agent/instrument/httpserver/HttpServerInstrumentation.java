package dev.warden.agent.instrument.httpserver;

import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;

/** Inbound requests of the JDK's {@code com.sun.net.httpserver}: every {@code HttpHandler.handle}. */
public final class HttpServerInstrumentation {

    private static final String HANDLER = "com.sun.net.httpserver.HttpHandler";
    private static final String EXCHANGE = "com.sun.net.httpserver.HttpExchange";

    public AgentBuilder install(AgentBuilder builder) {
        return builder
            .type(hasSuperType(named(HANDLER)).and(not(isInterface())))
            .transform((typeBuilder, type, loader, module, domain) -> typeBuilder.visit(Advice.to(HttpHandlerAdvice.class)
                .on(named("handle").and(takesArguments(1)).and(takesArgument(0, named(EXCHANGE))).and(not(isAbstract())))));
    }
}
