package dev.warden.policy.address;

import java.util.Locale;

/** The per-vendor JDBC URL forms behind {@link JdbcAddress#parse}. */
final class JdbcUrls {

    private JdbcUrls() {
    }

    static JdbcAddress parse(String url) {
        if (url == null || !url.regionMatches(true, 0, "jdbc:", 0, 5)) {
            throw new IllegalArgumentException("not a JDBC URL: it must start with 'jdbc:'");
        }
        String rest = url.substring(5);
        int colon = rest.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("JDBC URL has no vendor: expected jdbc:VENDOR:...");
        }
        String vendor = rest.substring(0, colon).toLowerCase(Locale.ROOT);
        String body = rest.substring(colon + 1);
        return switch (vendor) {
            case "postgresql" -> body.startsWith("//") ? server(vendor, body, 5432, "/?", false)
                : new JdbcAddress(vendor, "localhost", 5432, cut(body, "?"));
            case "mysql", "mariadb" -> server(vendor, requireSlashes(vendor, body), 3306, "/?", false);
            case "sqlserver" -> sqlServer(requireSlashes(vendor, body));
            case "oracle" -> OracleUrls.parse(body);
            case "h2" -> h2(body);
            case "sqlite" -> embedded(vendor, cut(body, "?"));
            default -> server(vendor, requireSlashes(vendor, body), -1, "/?;", false);
        };
    }

    private static String requireSlashes(String vendor, String body) {
        if (!body.startsWith("//")) {
            throw new IllegalArgumentException("expected jdbc:" + vendor + "://host[:port]/database"
                + (vendor.equals("mysql") ? " (load-balancing and replication URLs name several hosts and are not supported)" : ""));
        }
        return body;
    }

    /** {@code //host[:port][/database][?props]}; {@code ends} are the characters that end the database name. */
    static JdbcAddress server(String vendor, String body, int defaultPort, String ends, boolean lowerDatabase) {
        String afterSlashes = body.substring(2);
        int authorityEnd = firstOf(afterSlashes, "/?;");
        String authority = afterSlashes.substring(0, authorityEnd);
        if (authority.contains(",")) {
            throw new IllegalArgumentException("JDBC URL names several hosts; declare and connect to one server per datasource");
        }
        int at = authority.lastIndexOf('@');
        authority = at >= 0 ? authority.substring(at + 1) : authority;
        String database = "";
        if (authorityEnd < afterSlashes.length() && afterSlashes.charAt(authorityEnd) == '/') {
            database = cut(afterSlashes.substring(authorityEnd + 1), ends);
        }
        return address(vendor, authority, defaultPort, lowerDatabase ? database.toLowerCase(Locale.ROOT) : database);
    }

    static JdbcAddress address(String vendor, String authority, int defaultPort, String database) {
        String host;
        String port;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("IPv6 address is not closed with ']'");
            }
            host = authority.substring(0, close + 1);
            port = authority.length() > close + 1 && authority.charAt(close + 1) == ':' ? authority.substring(close + 2) : "";
        } else {
            int c = authority.lastIndexOf(':');
            host = c < 0 ? authority : authority.substring(0, c);
            port = c < 0 ? "" : authority.substring(c + 1);
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("JDBC URL has no host");
        }
        return new JdbcAddress(vendor, host.toLowerCase(Locale.ROOT), port(port, defaultPort, vendor), database);
    }

    private static int port(String port, int defaultPort, String vendor) {
        if (port.isEmpty()) {
            if (defaultPort < 0) {
                throw new IllegalArgumentException("no default port is known for '" + vendor + "': write host:port");
            }
            return defaultPort;
        }
        return UrlParser.port(port);
    }

    /** {@code //host[\instance][:port][;prop=value...]}, database from {@code databaseName} or {@code database}. */
    private static JdbcAddress sqlServer(String body) {
        String afterSlashes = body.substring(2);
        int semicolon = afterSlashes.indexOf(';');
        String authority = semicolon < 0 ? afterSlashes : afterSlashes.substring(0, semicolon);
        String database = "";
        if (semicolon >= 0) {
            for (String property : afterSlashes.substring(semicolon + 1).split(";")) {
                int eq = property.indexOf('=');
                String key = eq < 0 ? property : property.substring(0, eq).trim();
                if (eq >= 0 && (key.equalsIgnoreCase("databaseName") || key.equalsIgnoreCase("database"))) {
                    database = property.substring(eq + 1).trim();
                }
            }
        }
        return address("sqlserver", authority, 1433, database.toLowerCase(Locale.ROOT));
    }

    /** {@code mem:NAME}, {@code file:PATH}, {@code tcp://host[:port]/PATH}, {@code ssl://...} or a bare path. */
    private static JdbcAddress h2(String body) {
        String url = cut(body, ";");
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("tcp:") || lower.startsWith("ssl:")) {
            String remote = url.substring(4);
            if (!remote.startsWith("//")) {
                throw new IllegalArgumentException("expected jdbc:h2:tcp://host[:port]/path");
            }
            return server("h2", remote, 9092, "", false);
        }
        if (lower.startsWith("mem:")) {
            return embedded("h2", "mem:" + url.substring(4));
        }
        if (lower.startsWith("file:")) {
            return embedded("h2", "file:" + url.substring(5));
        }
        if (lower.startsWith("zip:") || lower.startsWith("split:") || lower.startsWith("nio")) {
            return embedded("h2", url);
        }
        return embedded("h2", "file:" + url);
    }

    private static JdbcAddress embedded(String vendor, String database) {
        if (database.isEmpty()) {
            throw new IllegalArgumentException("JDBC URL names no database");
        }
        return new JdbcAddress(vendor, "", 0, database);
    }

    static String cut(String text, String ends) {
        return text.substring(0, firstOf(text, ends));
    }

    static int firstOf(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
