package dev.warden.policy.syntax;

import java.util.List;

/** What a {@code principal} or {@code call} clause names. */
public sealed interface Target permits Target.Any, Target.Names {

    /** {@code any}. */
    record Any(Span span) implements Target {
    }

    /** A name or a bracketed list of names. */
    record Names(List<Name> names) implements Target {
        public Names {
            names = List.copyOf(names);
        }
    }
}
