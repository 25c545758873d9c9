package dev.warden.policy.fuzz;

import dev.warden.policy.address.UrlPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Endpoint URL patterns, URLs that match them, and other spellings of a URL that normalise to the
 * same form: letter case, a trailing dot, explicit default ports, user info, dot segments (plain,
 * encoded, with parameters), repeated slashes, escaped unreserved characters, raw non-ASCII,
 * lower-case hex, path parameters, queries and fragments.
 */
final class HttpAddresses {
    private static final List<String> HOSTS = List.of("api.example.com", "*.example.com", "**.internal",
        "api-*.example.com", "127.0.0.1", "[::1]", "b\u00fccher.example", "EMBED.Example.COM", "svc.*.cluster.local");
    private static final List<String> SEGMENTS = List.of("v1", "*", "**", "items", "caf\u00e9", "a%2Fb", "x*y", "~user",
        "%7Ea", "A-Z_0.9", "%c3%a9");
    private static final List<String> ONE_SEGMENT = List.of("1", "abc", "a.b", "%C3%A9", "~", "x-y", "%2F", "..a", "Z");
    private static final List<String> ANY_SEGMENTS = List.of("x", "x/y", "a/b/c", "%2F/.../q", "v1");
    private static final List<String> LABELS = List.of("a", "node-7", "x1", "b_c");
    /** Removed by normalisation wherever a segment follows; '..' alone only before the first segment. */
    private static final List<String> INSERTS = List.of("./", "/", "junk/../", "junk/%2e%2E/", "junk/..;x=1/", "%2E/",
        ".;p/");
    private static final List<String> FIRST_INSERTS = List.of("../", "%2e%2e/", "..;/", "./", "/", "junk/../", "a/b/../../");

    private HttpAddresses() {
    }

    /** URL patterns as people write them, valid: scheme, host glob, optional port, path glob. */
    static Arbitrary<String> patterns() {
        Arbitrary<String> path = Arbitraries.of(SEGMENTS).list().ofMaxSize(3).map(s -> "/" + String.join("/", s));
        return Combinators.combine(Arbitraries.of("https", "http", "HTTPS"), Arbitraries.of(HOSTS),
                Arbitraries.of("", "", ":443", ":80", ":8443"), path)
            .as((scheme, host, port, p) -> scheme + "://" + host + port + p);
    }

    /** A URL that {@code pattern} matches, in its normal form but for the fills. */
    static String matching(UrlPattern pattern, Random random) {
        String host = fill(pattern.hostGlob(), ".", LABELS, List.of("a.b", "x"), random, false);
        String path = fill(pattern.pathGlob(), "/", ONE_SEGMENT, ANY_SEGMENTS, random, true);
        return pattern.scheme() + "://" + host + ":" + pattern.port() + path;
    }

    /** A URL no generated pattern names, for rules with {@code endpoint any}. */
    static String unrelated(Random random) {
        return pick(random, List.of("https://other.example.org:443/", "http://10.0.0.1:8080/admin/x", "https://example.com:443/v1",
            "https://a.b.example.com:443/v1/items", "http://api.example.com:80/v1/"));
    }

    /**
     * Each '*' replaced by a text without {@code separator}, each '**' by any text; never a fill
     * that normalisation would remove (an empty segment), except a '**' that ends the glob.
     */
    private static String fill(String glob, String separator, List<String> one, List<String> any, Random random, boolean path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            if (glob.startsWith("**", i)) {
                boolean last = i + 2 == glob.length();
                out.append(path && last && random.nextInt(3) == 0 ? "" : pick(random, any));
                i++;
            } else if (glob.charAt(i) == '*') {
                out.append(pick(random, one.stream().filter(f -> !f.contains(separator)).toList()));
            } else {
                out.append(glob.charAt(i));
            }
        }
        return out.toString();
    }

    /**
     * {@code url} (scheme://host:port/path, in normal form but for the fills) spelled another way
     * that the normaliser must read as the same URL.
     */
    static String respelled(String url, Random random) {
        int schemeEnd = url.indexOf("://");
        String scheme = url.substring(0, schemeEnd);
        String rest = url.substring(schemeEnd + 3);
        int pathStart = rest.indexOf('/');
        String authority = rest.substring(0, pathStart);
        String path = rest.substring(pathStart);
        int colon = authority.lastIndexOf(':');
        String host = authority.substring(0, colon);
        int port = Integer.parseInt(authority.substring(colon + 1));
        StringBuilder out = new StringBuilder(mixedCase(scheme, random)).append("://");
        if (random.nextInt(4) == 0) {
            out.append(pick(random, List.of("user:pw@", "a@b@", "%40@", "u@")));
        }
        out.append(host.startsWith("[") ? host : respelledHost(host, random));
        boolean defaultPort = port == (scheme.equals("https") ? 443 : 80);
        if (!defaultPort || random.nextBoolean()) {
            out.append(':').append(random.nextInt(5) == 0 ? "0" : "").append(port);
        }
        out.append(respelledPath(path, random));
        if (random.nextInt(3) == 0) {
            out.append(pick(random, List.of("?", "?q=1", "?x=%2F&y=caf\u00e9", "?a=/../b")));
        }
        if (random.nextInt(4) == 0) {
            out.append(pick(random, List.of("#", "#frag", "#/../admin", "#%zz")));
        }
        return out.toString();
    }

    private static String respelledHost(String host, Random random) {
        String spelled = host.startsWith("xn--") || host.contains(".xn--") ? java.net.IDN.toUnicode(host) : host;
        return mixedCase(spelled, random) + (random.nextInt(3) == 0 ? "." : "");
    }

    /** The same segments, with removable insertions before each and each segment's characters respelled. */
    private static String respelledPath(String path, Random random) {
        boolean trailing = path.endsWith("/");
        List<String> segments = new ArrayList<>(List.of(path.substring(1).split("/", -1)));
        if (trailing) {
            segments.remove(segments.size() - 1);
        }
        StringBuilder out = new StringBuilder("/");
        for (int k = 0; k < segments.size(); k++) {
            String segment = segments.get(k);
            while (random.nextInt(4) == 0) {
                out.append(pick(random, k == 0 ? FIRST_INSERTS : INSERTS));
            }
            out.append(respelledSegment(segment, random));
            if (random.nextInt(6) == 0) {
                out.append(pick(random, List.of(";", ";jsessionid=1", ";a=b;c")));
            }
            out.append('/');
        }
        out.setLength(out.length() - 1); // the slash after the last segment, or the first if there are none
        if (trailing) {
            StringBuilder tail = new StringBuilder();
            while (random.nextInt(4) == 0) {
                tail.append(pick(random, List.of("./", "/")));
            }
            tail.append(random.nextInt(4) == 0 ? "." : ""); // last: '.' then './' would make '..'

            boolean emptyPath = segments.isEmpty() && tail.length() == 0 && random.nextBoolean();
            out.append(emptyPath ? "" : "/").append(tail);
        }
        return out.toString();
    }

    /** Unreserved characters now and then escaped; escapes with lower-case hex; UTF-8 escapes as raw characters. */
    private static String respelledSegment(String segment, Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%' && segment.startsWith("%C3%A9", i) && random.nextBoolean()) {
                out.append('\u00e9');
                i += 5;
            } else if (c == '%') {
                String hex = segment.substring(i + 1, i + 3);
                out.append('%').append(random.nextBoolean() ? hex.toLowerCase(java.util.Locale.ROOT) : hex);
                i += 2;
            } else if (random.nextInt(5) == 0 && unreserved(c)) {
                out.append(String.format(random.nextBoolean() ? "%%%02X" : "%%%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean unreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0;
    }

    private static String mixedCase(String text, Random random) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
