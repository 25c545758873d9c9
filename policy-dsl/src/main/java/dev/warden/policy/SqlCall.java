package dev.warden.policy;

import dev.warden.policy.address.JdbcAddress;

/**
 * SQL about to run against a datasource. What the SQL does ({@code sql.effects},
 * {@code sql.has_where}, ...) travels in the request's attributes, computed by the agent's SQL
 * classifier; this record only says where it goes.
 *
 * @param datasource the database address, parsed once per connection by {@link JdbcAddress#parse}
 */
public record SqlCall(JdbcAddress datasource) implements Action {

    public static SqlCall of(String jdbcUrl) {
        return new SqlCall(JdbcAddress.parse(jdbcUrl));
    }

    @Override
    public String display() {
        return datasource.display();
    }
}
