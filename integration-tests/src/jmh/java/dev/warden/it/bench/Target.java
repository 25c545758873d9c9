package dev.warden.it.bench;

/** A goal from the benchmark issue, checked against one measure. */
public record Target(Kind kind, double limit, String text) {

    public enum Kind {
        /** with Warden minus baseline at most {@code limit} */
        ADDED_AT_MOST,
        /** with Warden at most {@code limit} */
        AT_MOST,
        /** with Warden at least {@code limit} */
        AT_LEAST
    }

    public static Target addedAtMost(double limit, String unit) {
        return new Target(Kind.ADDED_AT_MOST, limit, "≤ +" + Format.number(limit) + " " + unit);
    }

    public static Target atMost(double limit, String unit) {
        return new Target(Kind.AT_MOST, limit, "≤ " + Format.number(limit) + " " + unit);
    }

    public static Target atLeast(double limit, String unit) {
        return new Target(Kind.AT_LEAST, limit, "≥ " + Format.number(limit) + " " + unit);
    }

    boolean isMetBy(Figure baseline, Figure withWarden) {
        return switch (kind) {
            case ADDED_AT_MOST -> withWarden.value() - baseline.value() <= limit;
            case AT_MOST -> withWarden.value() <= limit;
            case AT_LEAST -> withWarden.value() >= limit;
        };
    }
}
