package dev.warden.policy.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.policy.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Valid generated policy sets with one known mistake spliced into one of their files: the mistake
 * is reported with its code, and nothing else is (one typo, one error - the recovery the language
 * promises), whatever the other files hold. Every try splices every {@link Fault}, one at a time,
 * so that each is tried in every run.
 */
@AddLifecycleHook(FuzzSettings.class)
class NearValidPolicyProperties {

    /** A policy set, a mistake, the file it goes into and where in that file. */
    record Case(PolicyText.Rendered policy, Fault fault, int file, int position) {
        @Override
        public String toString() {
            return fault.code() + " in " + fileName() + " at declaration " + position + ":\n" + Inputs.describe(sources());
        }

        String fileName() {
            return PolicyModel.fileName(file);
        }

        Map<String, String> sources() {
            Map<String, String> sources = policy.sources();
            PolicyText.Blocks blocks = policy.files().get(file);
            List<String> declarations = new ArrayList<>(blocks.declarations());
            declarations.add(position, fault.text(blocks.newline()));
            sources.put(fileName(), String.join("", declarations));
            return sources;
        }

        /** Line numbers of the spliced declaration. */
        int firstLine() {
            String before = String.join("", policy.files().get(file).declarations().subList(0, position));
            return Inputs.lines(before).size();
        }
    }

    @Property(tries = 30)
    void everyMistakeIsReportedWithItsCodeAndNothingElse(@ForAll("policies") PolicyModel model,
                                                         @ForAll("places") List<Integer> places) {
        List<Fault> faults = Fault.all(Fault.Names.of(model));
        PolicyText.Rendered withHeaders = PolicyText.render(model);
        PolicyText.Rendered withoutHeaders = PolicyText.render(model.withoutHeaders());
        for (int f = 0; f < faults.size(); f++) {
            Fault fault = faults.get(f);
            assertReportedAlone(place(fault.header() ? withoutHeaders : withHeaders, fault, places.get(f % places.size())));
        }
    }

    private static void assertReportedAlone(Case c) {
        BoundedParse.Outcome outcome = BoundedParse.parse(c.sources());
        assertTrue(!outcome.compiled(), () -> "compiled despite the mistake: " + c);
        WellFormed.assertWellFormed(outcome.error(), outcome.sources());
        List<Diagnostic> diagnostics = outcome.error().diagnostics();
        assertTrue(diagnostics.stream().anyMatch(d -> d.code().equals(c.fault().code())),
            () -> "expected " + c.fault().code() + ", got:\n" + outcome.error().getMessage() + "\n" + c);
        int first = c.firstLine();
        int last = first + c.fault().lines().size() - 1;
        for (Diagnostic d : diagnostics) {
            assertTrue(d.file().equals(c.fileName()) && d.line() >= first && d.line() <= last, () -> "a diagnostic outside "
                + "the mistake (" + c.fileName() + " lines " + first + ".." + last + "):\n" + d.render() + "\n" + c);
        }
    }

    /**
     * {@code fault} spliced into the set at {@code place} (a file and a declaration, modulo their
     * numbers); a duplicate goes last in the last file, a header into a set rendered without headers.
     */
    private static Case place(PolicyText.Rendered rendered, Fault fault, int place) {
        int files = rendered.files().size();
        int into = fault.afterEverything() ? files - 1 : place % files;
        int size = rendered.files().get(into).declarations().size();
        return new Case(rendered, fault, into, fault.afterEverything() ? size : place / files % (size + 1));
    }

    @Provide
    Arbitrary<PolicyModel> policies() {
        return PolicyGenerators.policies();
    }

    /** Where each fault goes: one number per fault (reused when there are more faults). */
    @Provide
    Arbitrary<List<Integer>> places() {
        return Arbitraries.integers().between(0, 1000).list().ofSize(64);
    }
}
