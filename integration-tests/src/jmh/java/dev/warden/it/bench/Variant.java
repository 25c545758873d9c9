package dev.warden.it.bench;

/** The two ways the sample service runs in the whole-JVM figures. */
enum Variant {
    BASELINE("no agent"),
    WARDEN("with Warden");

    final String label;

    Variant(String label) {
        this.label = label;
    }

    /** Alternation: even rounds start with the baseline, odd rounds with Warden. */
    static Variant[] order(int round) {
        return round % 2 == 0 ? new Variant[] {BASELINE, WARDEN} : new Variant[] {WARDEN, BASELINE};
    }
}
