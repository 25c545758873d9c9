package dev.warden.policy.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** JDBC URLs reduce to vendor/host/port/database, so one database has one address however it is spelt. */
class JdbcAddressTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://DB.example:5432/sales?ssl=true&user=x | postgresql | db.example | 5432 | sales",
        "jdbc:postgresql://db.example/sales | postgresql | db.example | 5432 | sales",
        "jdbc:postgresql:sales | postgresql | localhost | 5432 | sales",
        "jdbc:postgresql://[::1]:5433/Sales | postgresql | [::1] | 5433 | Sales",
        "jdbc:mysql://db.example/shop?useSSL=true | mysql | db.example | 3306 | shop",
        "jdbc:mysql://user:pw@db.example:3307/shop | mysql | db.example | 3307 | shop",
        "jdbc:mariadb://db.example/shop | mariadb | db.example | 3306 | shop",
        "jdbc:sqlserver://DB.example;databaseName=Sales;encrypt=true | sqlserver | db.example | 1433 | sales",
        "jdbc:sqlserver://db.example:1444;database=sales | sqlserver | db.example | 1444 | sales",
        "jdbc:oracle:thin:@db.example:1521:ORCL | oracle | db.example | 1521 | orcl",
        "jdbc:oracle:thin:@//db.example/Sales.Example | oracle | db.example | 1521 | sales.example",
        "jdbc:oracle:thin:scott/tiger@db.example:1522/sales | oracle | db.example | 1522 | sales",
        "jdbc:h2:mem:orders;DB_CLOSE_DELAY=-1 | h2 | '' | 0 | mem:orders",
        "jdbc:h2:mem: | h2 | '' | 0 | mem:",
        "jdbc:h2:file:/var/db/app | h2 | '' | 0 | file:/var/db/app",
        "jdbc:h2:/var/db/app;MODE=PostgreSQL | h2 | '' | 0 | file:/var/db/app",
        "jdbc:h2:tcp://DB.example/~/app | h2 | db.example | 9092 | ~/app",
        "jdbc:h2:tcp://db.example:9093/mem:shared | h2 | db.example | 9093 | mem:shared",
        "jdbc:sqlite:/tmp/app.db | sqlite | '' | 0 | /tmp/app.db",
        "jdbc:sqlite::memory: | sqlite | '' | 0 | :memory:",
        "jdbc:clickhouse://ch.example:8123/events | clickhouse | ch.example | 8123 | events",
    })
    void urlsReduceToTheirAddress(String url, String vendor, String host, int port, String database) {
        assertEquals(new JdbcAddress(vendor, host, port, database), JdbcAddress.parse(url));
    }

    @Test
    void spellingsOfOneDatabaseAreEqual() {
        assertEquals(JdbcAddress.parse("jdbc:postgresql://DB.EXAMPLE:5432/sales?ssl=true"),
            JdbcAddress.parse("jdbc:postgresql://db.example/sales"));
        assertEquals("postgresql://db.example:5432/sales", JdbcAddress.parse("jdbc:postgresql://db.example/sales").display());
        assertEquals("h2:mem:orders", JdbcAddress.parse("jdbc:h2:mem:orders").display());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "postgresql://h/db", "jdbc:", "jdbc:postgresql://h1,h2/db", "jdbc:mysql:loadbalance://h1,h2/db",
        "jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(HOST=h)))", "jdbc:oracle:oci:@h", "jdbc:postgresql://h:70000/db",
        "jdbc:postgresql://:5432/db", "jdbc:clickhouse://ch.example/events", "jdbc:mysql:h/db", "jdbc:sqlite:"})
    void urlsNamingNoSingleServerAreRejected(String url) {
        assertThrows(IllegalArgumentException.class, () -> JdbcAddress.parse(url));
    }
}
