package dev.warden.it.bench;

import java.util.Objects;

/**
 * One row of the results: a figure with Warden, the same measure without it where there is such a
 * thing (agent and whole-JVM figures; null for components measured on their own), an optional
 * target, and a note on how it was measured.
 *
 * @param id stable, e.g. {@code entry.allowed.p50}; tests and tools key on it
 */
public record Measure(String id, String name, String unit, Figure baseline, Figure withWarden, Target target, String note) {

    public Measure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(withWarden, "withWarden");
        if (target != null && target.kind() == Target.Kind.ADDED_AT_MOST && baseline == null) {
            throw new IllegalArgumentException(id + ": an 'added' target needs a baseline");
        }
        note = note == null ? "" : note;
    }

    /** With Warden divided by the baseline, or NaN without a baseline. */
    public double ratio() {
        return baseline == null ? Double.NaN : withWarden.value() / baseline.value();
    }

    /** With Warden minus the baseline, or NaN without a baseline. */
    public double added() {
        return baseline == null ? Double.NaN : withWarden.value() - baseline.value();
    }

    /** Whether the target is met, or null when there is none. */
    public Boolean met() {
        return target == null ? null : target.isMetBy(baseline, withWarden);
    }
}
