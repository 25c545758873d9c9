package dev.warden.policy.address;

import java.util.List;

/**
 * Where a JDBC URL points: vendor, host, port and database — the parts a {@code datasource}
 * declaration is compared on, so {@code jdbc:postgresql://DB.example:5432/sales?ssl=true} and
 * {@code jdbc:postgresql://db.example/sales} are the same datasource. {@link #parse} is the parser
 * the policy and the agent share (the agent caches the result per connection).
 *
 * <p>Rules: the host is lower case; a missing port is the vendor's default (postgresql 5432,
 * mysql and mariadb 3306, sqlserver 1433, oracle 1521, h2 tcp 9092); connection properties are
 * ignored, except SQL Server's {@code databaseName}; database names of SQL Server and Oracle are
 * compared case-insensitively (lower-cased), every other vendor's exactly. Embedded databases
 * (h2 {@code mem:}/{@code file:}, sqlite) have an empty host and port 0, and a database such as
 * {@code mem:orders} or {@code file:/var/db/app}. URLs that name several hosts, or an Oracle TNS
 * descriptor, are rejected: Warden cannot tell which server they reach.
 *
 * @param vendor the JDBC sub-protocol: {@code postgresql}, {@code mysql}, {@code mariadb},
 *     {@code sqlserver}, {@code oracle}, {@code h2}, {@code sqlite}, or another vendor using the
 *     {@code //host:port/database} form
 */
public record JdbcAddress(String vendor, String host, int port, String database) {

    /** The vendors with a parser of their own; others must use {@code jdbc:VENDOR://host:port/db}. */
    public static final List<String> VENDORS = List.of("postgresql", "mysql", "mariadb", "sqlserver", "oracle", "h2",
        "sqlite");

    /** Parses a JDBC URL; throws IllegalArgumentException saying what is wrong. */
    public static JdbcAddress parse(String jdbcUrl) {
        return JdbcUrls.parse(jdbcUrl);
    }

    /** {@code vendor://host:port/database}, or {@code vendor:database} for an embedded database. */
    public String display() {
        return host.isEmpty() ? vendor + ":" + database : vendor + "://" + host + ":" + port + "/" + database;
    }
}
