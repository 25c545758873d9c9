package dev.warden.policy.eval;

import dev.warden.policy.Action;
import dev.warden.policy.HttpCall;
import dev.warden.policy.address.HttpUrl;
import dev.warden.policy.address.UrlPattern;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One endpoint URL pattern, compiled: scheme and port exact, host by labels and path by segments
 * with the shared {@link Glob} semantics, and the endpoint's methods (empty: any).
 */
final class UrlMatcher implements Predicate<Action> {
    private final String scheme;
    private final int port;
    private final Glob host;
    private final Glob path;
    private final Set<String> methods;

    UrlMatcher(UrlPattern pattern, Set<String> methods) {
        this.scheme = pattern.scheme();
        this.port = pattern.port();
        this.host = Glob.compile(pattern.hostGlob(), Glob.DOTS);
        this.path = Glob.compile(pattern.pathGlob(), Glob.PATH);
        this.methods = Set.copyOf(methods);
    }

    @Override
    public boolean test(Action action) {
        HttpCall call = (HttpCall) action;
        HttpUrl url = call.url();
        return url.port() == port && url.scheme().equals(scheme) && (methods.isEmpty() || methods.contains(call.method()))
            && host.matches(url.host()) && path.matches(url.path());
    }
}
