package dev.warden.agent.instrument.httpserver;

import com.sun.net.httpserver.HttpExchange;
import dev.warden.bootstrap.WardenHooks;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into {@code HttpHandler.handle}: opens the request's session from its bearer token. When
 * the token is refused, the handler does not run and the client gets the status the hook chose
 * (401), answered here because only the instrumented code can see the exchange's types.
 */
public final class HttpHandlerAdvice {

    private HttpHandlerAdvice() {
    }

    @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
    public static boolean enter(@Advice.Argument(0) HttpExchange exchange) {
        java.util.List<String> authorization = exchange.getRequestHeaders().get("Authorization");
        int status = WardenHooks.enterInbound(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
            authorization == null || authorization.isEmpty() ? null
                : authorization.size() == 1 ? authorization.get(0) : String.join("\n", authorization));
        if (status == 0) {
            return false;
        }
        try {
            if (status == 401) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            }
            exchange.sendResponseHeaders(status, -1);
        } catch (Throwable ignored) {
            // the client went away: nothing more to tell it
        } finally {
            exchange.close();
        }
        return true;
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class)
    public static void exit(@Advice.Thrown Throwable thrown) {
        WardenHooks.exitInbound(thrown);
    }
}
