package dev.warden.policy.address;

/**
 * An http(s) URL in the one normal form Warden matches on. {@link #parse} is the normaliser the
 * policy, the agent and the tools share, so a URL means the same thing to all of them:
 *
 * <ul>
 *   <li>scheme and host lower case; a trailing dot on the host removed; internationalised hosts in
 *       their ASCII (punycode) form; user info ({@code user:pass@}) dropped;
 *   <li>the port explicit (80 for http, 443 for https when absent);
 *   <li>the path: percent-escapes of unreserved characters ({@code A-Z a-z 0-9 - . _ ~}) decoded,
 *       every other escape kept with upper-case hex (so {@code %2F} is never a separator);
 *       characters outside ASCII percent-encoded as UTF-8; path parameters ({@code ;jsessionid=..})
 *       removed from each segment; runs of {@code /} collapsed; {@code .} and {@code ..} segments
 *       removed; an empty path becomes {@code /};
 *   <li>the fragment dropped; the query kept as written (rules do not match on it).
 * </ul>
 *
 * A URL that cannot be read unambiguously (another scheme, a backslash, spaces or control
 * characters, a bad escape, an unpaired surrogate, a bad port) is rejected with {@link
 * IllegalArgumentException}: the caller must treat the request as denied, never guess.
 *
 * @param query the query without {@code ?}, or {@code null}
 */
public record HttpUrl(String scheme, String host, int port, String path, String query) {

    /** Parses and normalises an absolute http or https URL. */
    public static HttpUrl parse(String url) {
        return UrlParser.parse(url, false);
    }

    /** {@code scheme://host[:port]path}, the port shown only when it is not the scheme's default. */
    public String display() {
        boolean defaultPort = port == defaultPort(scheme);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path;
    }

    static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }
}
