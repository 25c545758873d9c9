package dev.warden.policy.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.policy.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Valid generated policy sets with one known mistake spliced into one of their files: the mistake
 * is reported with its code, and nothing else is (one typo, one error - the recovery the language
 * promises), whatever the other files hold.
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

    @Property(tries = 250)
    void oneMistakeIsReportedWithItsCodeAndNothingElse(@ForAll("cases") Case c) {
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

    /** Each fault as often as the others; a duplicate goes last in the last file, a header into a file without one. */
    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(PolicyGenerators.policies(), Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 20)).as((model, fault, file, position) -> {
                List<Fault> faults = Fault.all(Fault.Names.of(model));
                Fault chosen = faults.get(fault % faults.size());
                PolicyText.Rendered rendered = PolicyText.render(chosen.header() ? model.withoutHeaders() : model);
                int files = rendered.files().size();
                int into = chosen.afterEverything() ? files - 1 : file % files;
                int size = rendered.files().get(into).declarations().size();
                return new Case(rendered, chosen, into, chosen.afterEverything() ? size : position % (size + 1));
            });
    }
}
