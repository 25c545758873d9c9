package dev.warden.it.bench;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parts of the suite, in the order they run. {@code --parts startup} (or
 * {@code -Dwarden.bench.parts=startup}) runs one of them alone while iterating on it; only a run of
 * every part may write the docs.
 */
enum Part {
    ENTRY("entry calls"),
    DECIDE("decide"),
    JOURNAL("journal append"),
    JWT("JWT verification"),
    REPLAY("replay scan"),
    STARTUP("start-up"),
    LOAD("steady state under load");

    /** The heading the suite prints around the part ("== benchmarks: start-up done in …"). */
    final String title;

    Part(String title) {
        this.title = title;
    }

    String option() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code all}, or a comma-separated list of {@link #option()} names. */
    static Set<Part> parse(String list) {
        if (list.isBlank() || list.strip().equals("all")) {
            return EnumSet.allOf(Part.class);
        }
        Set<Part> parts = EnumSet.noneOf(Part.class);
        for (String name : list.split(",")) {
            String wanted = name.strip();
            parts.add(Arrays.stream(values()).filter(p -> p.option().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown part '" + wanted + "': use all or some of " + names())));
        }
        return parts;
    }

    static String names() {
        return Arrays.stream(values()).map(Part::option).collect(Collectors.joining(","));
    }
}
