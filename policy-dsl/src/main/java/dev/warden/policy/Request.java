package dev.warden.policy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a decision may depend on. Immutable: {@code decide} is a pure function of a compiled
 * {@link PolicySet} and a request, and never reads a clock — the caller passes {@code time}.
 *
 * @param principal the verified caller (or anonymous)
 * @param action the call, HTTP request or SQL about to happen
 * @param attributes request facts conditions may test (e.g. {@code arg.size}, {@code sql.effects});
 *     values are {@code Long} (or another integral box), {@code String}, {@code Boolean} or
 *     {@code Set<String>}
 * @param time when the request happens; {@code time.*} conditions read it in the file's time zone
 */
public record Request(Principal principal, Action action, Map<String, Object> attributes, Instant time) {

    /** The attribute that marks an after-call request: the number of rows the call returned. */
    public static final String RESULT_ROWS = "result.rows";

    public Request {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(time, "time");
        attributes = Map.copyOf(attributes);
    }

    /**
     * An entry-point request at {@link Instant#EPOCH}: for callers and tests whose policy has no
     * {@code time.*} condition. Pass the real time with the canonical constructor otherwise.
     */
    public Request(Principal principal, EntryPointCall entryPoint, Map<String, Object> attributes) {
        this(principal, entryPoint, attributes, Instant.EPOCH);
    }

    /**
     * Whether this request describes a call that already ran and carries its result — that is,
     * its attributes hold {@value #RESULT_ROWS}. Only such requests evaluate rules that use
     * {@code result.*}; a before-call request ignores those rules.
     */
    public boolean hasResult() {
        return attributes.containsKey(RESULT_ROWS);
    }

    /** This request after the call ran, with the number of rows it returned. */
    public Request withResult(long rows) {
        Map<String, Object> after = new HashMap<>(attributes);
        after.put(RESULT_ROWS, rows);
        return new Request(principal, action, after, time);
    }

    /** The entry point, for an entry-point request; otherwise {@code null}. */
    public EntryPointCall entryPoint() {
        return action instanceof EntryPointCall call ? call : null;
    }
}
