package dev.warden.policy.address;

/**
 * An endpoint's {@code url "..."} pattern, normalised like a request URL: scheme, host glob
 * ({@code *} one label, {@code **} any labels), explicit port and path glob ({@code *} one
 * segment, {@code **} any). Matching happens on the normalised forms of both.
 */
public record UrlPattern(String scheme, String hostGlob, int port, String pathGlob) {

    /** Parses a pattern; throws IllegalArgumentException saying what is wrong. */
    public static UrlPattern parse(String pattern) {
        HttpUrl url = UrlParser.parse(pattern, true);
        if (url.host().contains("***") || url.path().contains("***")) {
            throw new IllegalArgumentException("'***' is not a wildcard: use '*' for one part or '**' for any");
        }
        return new UrlPattern(url.scheme(), url.host(), url.port(), url.path());
    }

    /** Whether the host is written without wildcards (then it can be found by hash lookup). */
    public boolean exactHost() {
        return hostGlob.indexOf('*') < 0;
    }
}
