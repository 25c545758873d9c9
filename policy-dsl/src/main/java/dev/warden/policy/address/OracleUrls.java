package dev.warden.policy.address;

import java.util.Locale;

/**
 * Oracle thin URLs: {@code thin:@host:port:SID}, {@code thin:@host:port/service},
 * {@code thin:@//host[:port]/service}, optionally with {@code user/password} before the {@code @}.
 * TNS descriptors ({@code @(DESCRIPTION=...)}) and aliases are rejected: they name servers
 * indirectly.
 */
final class OracleUrls {

    private OracleUrls() {
    }

    static JdbcAddress parse(String body) {
        if (!body.toLowerCase(Locale.ROOT).startsWith("thin:")) {
            throw new IllegalArgumentException("only Oracle thin URLs are supported: jdbc:oracle:thin:@//host:port/service");
        }
        String rest = body.substring(5);
        int at = rest.indexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("expected '@' before the host: jdbc:oracle:thin:@//host:port/service");
        }
        String target = JdbcUrls.cut(rest.substring(at + 1), "?");
        if (target.startsWith("(")) {
            throw new IllegalArgumentException("TNS descriptors are not supported: use jdbc:oracle:thin:@//host:port/service");
        }
        if (target.startsWith("//")) {
            return JdbcUrls.server("oracle", target, 1521, "/?", true);
        }
        int slash = target.indexOf('/');
        if (slash >= 0) {
            return JdbcUrls.address("oracle", target.substring(0, slash), 1521,
                target.substring(slash + 1).toLowerCase(Locale.ROOT));
        }
        String[] parts = target.split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("expected host:port:SID or //host:port/service after '@'");
        }
        return JdbcUrls.address("oracle", parts[0] + ":" + parts[1], 1521, parts[2].toLowerCase(Locale.ROOT));
    }
}
