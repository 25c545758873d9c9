/**
 * The normalisers Warden's policy, agent and tools share, so an address means one thing to all
 * of them: {@link dev.warden.policy.address.HttpUrl} (URLs), {@link
 * dev.warden.policy.address.UrlPattern} (endpoint patterns) and {@link
 * dev.warden.policy.address.JdbcAddress} (JDBC URLs reduced to vendor, host, port, database).
 */
package dev.warden.policy.address;
