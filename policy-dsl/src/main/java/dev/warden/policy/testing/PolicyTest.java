package dev.warden.policy.testing;

import dev.warden.policy.Request;
import java.util.Objects;

/**
 * One test: a request and the decision it must get.
 *
 * @param name what it checks, unique in its file
 * @param where where it is written ({@code file:line:col}), for reports
 */
public record PolicyTest(String name, String where, Request request, Expectation expected) {

    public PolicyTest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(expected, "expected");
    }
}
