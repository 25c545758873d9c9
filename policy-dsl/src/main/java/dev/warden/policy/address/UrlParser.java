package dev.warden.policy.address;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The normaliser behind {@link HttpUrl#parse} and {@link UrlPattern#parse}. In pattern mode a
 * host may hold {@code *} and the path may not hold dot segments (they would silently change what
 * the pattern means), a query or user info.
 */
final class UrlParser {

    private UrlParser() {
    }

    static HttpUrl parse(String url, boolean pattern) {
        if (url == null || url.isEmpty()) {
            throw new IllegalArgumentException("empty URL");
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                throw new IllegalArgumentException("URL contains a space or control character at index " + i);
            }
            if (c == '\\') {
                throw new IllegalArgumentException("URL contains a backslash at index " + i
                    + " (servers disagree on what it means)");
            }
        }
        int colon = url.indexOf("://");
        if (colon <= 0) {
            throw new IllegalArgumentException("not an absolute URL: expected http:// or https://");
        }
        String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("scheme '" + scheme + "' is not http or https");
        }
        String rest = url.substring(colon + 3);
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            if (pattern) {
                throw new IllegalArgumentException("a URL pattern has no fragment ('#')");
            }
            rest = rest.substring(0, hash);
        }
        int authorityEnd = firstOf(rest, "/?");
        String authority = rest.substring(0, authorityEnd);
        String pathAndQuery = rest.substring(authorityEnd);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            if (pattern) {
                throw new IllegalArgumentException("a URL pattern has no user info ('user@')");
            }
            authority = authority.substring(at + 1);
        }
        int question = pathAndQuery.indexOf('?');
        String query = question < 0 ? null : pathAndQuery.substring(question + 1);
        if (query != null && pattern) {
            throw new IllegalArgumentException("a URL pattern has no query ('?'): rules match scheme, host, port and path");
        }
        String rawPath = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        if (pattern && rawPath.isEmpty()) {
            throw new IllegalArgumentException("a URL pattern needs a path: add '/**' for every path of the host");
        }
        HostPort hostPort = hostPort(authority, scheme, pattern);
        String path = normalisePath(rawPath, pattern);
        return new HttpUrl(scheme, hostPort.host, hostPort.port, path, query == null ? null : escapes(query));
    }

    private record HostPort(String host, int port) {
    }

    private static HostPort hostPort(String authority, String scheme, boolean pattern) {
        String host;
        String port = "";
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("IPv6 address is not closed with ']'");
            }
            host = authority.substring(0, close + 1).toLowerCase(Locale.ROOT);
            String after = authority.substring(close + 1);
            if (!after.isEmpty() && !after.startsWith(":")) {
                throw new IllegalArgumentException("unexpected text after the IPv6 address");
            }
            port = after.isEmpty() ? "" : after.substring(1);
            if (!host.substring(1, host.length() - 1).matches("[0-9a-f:.]+")) {
                throw new IllegalArgumentException("bad IPv6 address " + host);
            }
        } else {
            int c = authority.lastIndexOf(':');
            host = c < 0 ? authority : authority.substring(0, c);
            port = c < 0 ? "" : authority.substring(c + 1);
            host = hostName(host, pattern);
        }
        return new HostPort(host, port(port, scheme));
    }

    private static String hostName(String raw, boolean pattern) {
        String host = raw;
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("URL has no host");
        }
        if (host.indexOf('%') >= 0) {
            throw new IllegalArgumentException("percent-escapes are not allowed in a host");
        }
        if (!host.chars().allMatch(ch -> ch < 128)) {
            try {
                host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad internationalised host name: " + e.getMessage(), e);
            }
        }
        host = host.toLowerCase(Locale.ROOT);
        for (String label : host.split("\\.", -1)) {
            if (label.isEmpty()) {
                throw new IllegalArgumentException("host '" + host + "' has an empty label");
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || (pattern && c == '*');
                if (!ok) {
                    throw new IllegalArgumentException("'" + c + "' cannot appear in a host name");
                }
            }
        }
        return host;
    }

    private static int port(String port, String scheme) {
        return port.isEmpty() ? HttpUrl.defaultPort(scheme) : port(port);
    }

    /** A port written in decimal, 1-65535; shared with {@link JdbcUrls}. */
    static int port(String port) {
        if (port.length() > 5 || port.isEmpty() || !port.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new IllegalArgumentException("bad port '" + port + "'");
        }
        int value = Integer.parseInt(port);
        if (value < 1 || value > 65535) {
            throw new IllegalArgumentException("port " + value + " is out of range 1-65535");
        }
        return value;
    }

    /** Escapes decoded or upper-cased, parameters dropped, slashes collapsed, dot segments removed. */
    static String normalisePath(String raw, boolean pattern) {
        if (raw.isEmpty()) {
            return "/";
        }
        String decoded = escapes(raw);
        List<String> segments = new ArrayList<>();
        for (String segment : decoded.split("/", -1)) {
            int semicolon = segment.indexOf(';');
            segments.add(semicolon < 0 ? segment : segment.substring(0, semicolon));
        }
        List<String> out = new ArrayList<>();
        boolean trailingSlash = false;
        for (int i = 1; i < segments.size(); i++) {
            String s = segments.get(i);
            boolean last = i == segments.size() - 1;
            if (s.equals(".") || s.equals("..")) {
                if (pattern) {
                    throw new IllegalArgumentException("a URL pattern may not contain '" + s + "' segments");
                }
                if (s.equals("..") && !out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
                trailingSlash = last;
            } else if (s.isEmpty()) {
                trailingSlash = last;
            } else {
                out.add(s);
                trailingSlash = false;
            }
        }
        StringBuilder path = new StringBuilder();
        for (String s : out) {
            path.append('/').append(s);
        }
        if (path.length() == 0 || trailingSlash) {
            path.append('/');
        }
        return path.toString();
    }

    /**
     * Decodes escapes of unreserved characters, upper-cases the hex of every other escape, and
     * percent-encodes characters outside ASCII as UTF-8. Rejects a malformed escape and a lone
     * surrogate.
     */
    static String escapes(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                    || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    throw new IllegalArgumentException("malformed percent-escape at index " + i);
                }
                char decoded = (char) Integer.parseInt(raw.substring(i + 1, i + 3), 16);
                if (isUnreserved(decoded)) {
                    out.append(decoded);
                } else {
                    out.append('%').append(raw.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
                }
                i += 2;
            } else if (c >= 128) {
                boolean pair = Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1));
                if (Character.isSurrogate(c) && !pair) {
                    // it has no UTF-8 form: encoding it would invent a '?' (and swallow the next character)
                    throw new IllegalArgumentException(String.format("URL contains an unpaired surrogate U+%04X: it is not a "
                        + "character", (int) c));
                }
                int end = pair ? i + 2 : i + 1;
                for (byte b : raw.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static int firstOf(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
