package dev.warden.policy.fuzz;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Databases, and the many JDBC URLs that reach each one: per vendor, the forms the docs list, with
 * default ports written or not, host and prefix case, user info, connection properties, and the
 * database name's case where the vendor ignores it.
 */
final class JdbcAddresses {

    /** One database. {@code port} 0 for the vendor's default; {@code vendor} is one of {@link #VENDORS}. */
    record Database(String vendor, String host, int port, String name) {
    }

    private static final List<String> VENDORS = List.of("postgresql", "mysql", "mariadb", "sqlserver", "oracle", "h2mem",
        "h2file", "h2tcp", "sqlite", "db2");
    private static final List<String> HOSTS = List.of("warehouse.internal.example", "DB.example", "localhost", "10.1.2.3");
    private static final List<String> NAMES = List.of("analytics", "Sales", "hr", "orders_2026");

    private JdbcAddresses() {
    }

    static Arbitrary<Database> databases() {
        return Combinators.combine(Arbitraries.of(VENDORS), Arbitraries.of(HOSTS), Arbitraries.of(0, 0, 5433, 50000),
            Arbitraries.of(NAMES)).as(Database::new);
    }

    /** A URL the application might write for {@code db}: every call may spell it differently. */
    static String spelled(Database db, Random random) {
        String host = mixedCase(db.host(), random);
        return prefix(db.vendor(), random) + switch (db.vendor()) {
            case "postgresql" -> db.host().equals("localhost") && db.port() == 0 && random.nextBoolean()
                ? db.name() + props(random, "?") : "//" + host + port(db, 5432, random) + "/" + db.name() + props(random, "?");
            case "mysql", "mariadb" -> "//" + (random.nextBoolean() ? "app:s3cret@" : "") + host + port(db, 3306, random) + "/"
                + db.name() + props(random, "?");
            case "sqlserver" -> "//" + host + port(db, 1433, random) + ";" + pick(random, "databaseName", "database", "DATABASENAME")
                + "=" + mixedCase(db.name(), random) + props(random, ";");
            case "oracle" -> oracle(db, host, random);
            case "h2mem" -> pick(random, "mem:", "MEM:") + db.name() + props(random, ";");
            case "h2file" -> pick(random, "file:", "FILE:", "") + "/var/db/" + db.name() + props(random, ";");
            case "h2tcp" -> pick(random, "tcp:", "TCP:") + "//" + host + port(db, 9092, random) + "/~/" + db.name() + props(random, ";");
            case "sqlite" -> "/var/db/" + db.name() + ".sqlite" + props(random, "?");
            default -> "//" + host + ":" + (db.port() == 0 ? 50000 : db.port()) + "/" + db.name() + props(random, pick(random, ";", "?"));
        };
    }

    /** A database next to {@code db}: same vendor, another host or name. */
    static Database neighbour(Database db, Random random) {
        boolean embedded = List.of("h2mem", "h2file", "sqlite").contains(db.vendor());
        return random.nextBoolean() && !embedded ? new Database(db.vendor(), "other." + db.host(), db.port(), db.name())
            : new Database(db.vendor(), db.host(), db.port(), db.name() + "_x");
    }

    private static String prefix(String vendor, Random random) {
        String name = vendor.startsWith("h2") ? "h2" : vendor;
        return pick(random, "jdbc:", "JDBC:", "Jdbc:") + (random.nextBoolean() ? name : mixedCase(name, random)) + ":";
    }

    private static String oracle(Database db, String host, Random random) {
        String thin = pick(random, "thin:", "THIN:") + (random.nextBoolean() ? "scott/tiger" : "") + "@";
        int port = db.port() == 0 ? 1521 : db.port();
        String name = mixedCase(db.name(), random);
        return thin + switch (random.nextInt(3)) {
            case 0 -> host + ":" + port + ":" + name;
            case 1 -> host + (db.port() == 0 && random.nextBoolean() ? "" : ":" + port) + "/" + name;
            default -> "//" + host + port(db, 1521, random) + "/" + name;
        };
    }

    /** {@code :port}, or nothing when it is the default and the spelling leaves it out. */
    private static String port(Database db, int defaultPort, Random random) {
        if (db.port() != 0) {
            return ":" + db.port();
        }
        return random.nextBoolean() ? "" : ":" + defaultPort;
    }

    private static String props(Random random, String separator) {
        String and = separator.equals("?") ? "&" : separator;
        return random.nextInt(3) == 0 ? separator + pick(random, "ssl=true", "user=app", "a=1" + and + "b=2") : "";
    }

    private static String mixedCase(String text, Random random) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }
}
