package dev.warden.it.demo;

import java.io.PrintStream;
import java.time.Duration;

/** What the demo's clients saw, and whether it is what the policy promises. */
record DemoOutcome(DemoTotals totals, long splitterBodyRuns, Duration took, String firstFailure) {

    /** Prints the totals and a verdict; true when the run shows the policy enforced. */
    boolean verdict(PrintStream out) {
        long sent = totals.sent.sum();
        long permitted = totals.permitted.sum();
        long denied = totals.denied.sum();
        out.printf("totals: %,d requests in %.1f s (%,d with personal data mixed in)%n", sent, took.toMillis() / 1000.0,
            totals.withPersonalData.sum());
        out.println("  " + totals.line());
        out.printf("  splitter body runs in the service: %,d%n", splitterBodyRuns);
        boolean ok = true;
        if (permitted == 0 || denied == 0) {
            out.println("  UNEXPECTED: expected both permitted and denied requests: is the agent attached and did the "
                + "policy load? (see Warden's log lines below)");
            ok = false;
        }
        if (splitterBodyRuns != permitted) {
            out.printf("  UNEXPECTED: the splitter body ran %,d times for %,d permitted requests%n", splitterBodyRuns, permitted);
            ok = false;
        } else if (denied > 0) {
            out.println("  the splitter body ran once per permitted request and never for a denied one");
        }
        if (firstFailure != null) {
            out.println("  UNEXPECTED answers, first one: " + firstFailure);
            ok = false;
        }
        return ok;
    }
}
