package dev.warden.policy;

import java.util.Map;

/**
 * Everything a decision may depend on. Immutable: {@code decide} is a pure function of a compiled
 * {@link PolicySet} and a request.
 *
 * @param principal the verified caller (or anonymous)
 * @param entryPoint the method about to run
 * @param attributes request facts conditions may test (e.g. {@code arg.size}); values are
 *     {@code Long}, {@code String} or {@code Boolean}
 */
public record Request(Principal principal, EntryPointCall entryPoint, Map<String, Object> attributes) {

    public Request {
        attributes = Map.copyOf(attributes);
    }
}
