package dev.warden.policy.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.policy.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Valid generated policies with one known mistake spliced in: the mistake is reported with its
 * code, and nothing else is (one typo, one error - the recovery the language promises).
 */
@AddLifecycleHook(FuzzSettings.class)
class NearValidPolicyProperties {

    /** A policy, a mistake in its names, and where the mistake goes. */
    record Case(PolicyText.Blocks policy, Fault fault, int position) {
        @Override
        public String toString() {
            return fault.code() + " at declaration " + position + ":\n" + Inputs.escaped(text());
        }

        String text() {
            List<String> declarations = new ArrayList<>(policy.declarations());
            declarations.add(position, fault.text(policy.newline()));
            return String.join("", declarations);
        }

        /** Line numbers of the spliced declaration. */
        int firstLine() {
            String before = String.join("", policy.declarations().subList(0, position));
            return Inputs.lines(before).size();
        }
    }

    @Property(tries = 150)
    void oneMistakeIsReportedWithItsCodeAndNothingElse(@ForAll("cases") Case c) {
        BoundedParse.Outcome outcome = BoundedParse.parse("near-valid.policy", c.text());
        assertTrue(!outcome.compiled(), () -> "compiled despite the mistake: " + c);
        WellFormed.assertWellFormed(outcome.error(), outcome.sources());
        List<Diagnostic> diagnostics = outcome.error().diagnostics();
        assertTrue(diagnostics.stream().anyMatch(d -> d.code().equals(c.fault().code())),
            () -> "expected " + c.fault().code() + ", got:\n" + outcome.error().getMessage() + "\n" + c);
        int first = c.firstLine();
        int last = first + c.fault().lines().size() - 1;
        for (Diagnostic d : diagnostics) {
            assertTrue(d.line() >= first && d.line() <= last, () -> "a diagnostic outside the mistake (lines " + first
                + ".." + last + "):\n" + d.render() + "\n" + c);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(PolicyGenerators.policies(), Arbitraries.integers().between(0, 20),
            Arbitraries.integers().between(0, 20)).as((model, fault, position) -> {
                PolicyText.Blocks blocks = PolicyText.render(model);
                List<Fault> faults = Fault.all(model.identities().get(0).name(), model.entryPoints().get(0).name());
                Fault chosen = faults.get(fault % faults.size());
                int size = blocks.declarations().size();
                return new Case(blocks, chosen, chosen.afterEverything() ? size : position % (size + 1));
            });
    }
}
