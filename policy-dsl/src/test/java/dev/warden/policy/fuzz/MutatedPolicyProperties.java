package dev.warden.policy.fuzz;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Real policies (every example and every policy in the tests) and generated ones, mutated: whatever the damage, the
 * parser answers with a policy set or a {@code PolicyException} whose diagnostics are well formed,
 * and it answers in bounded time.
 */
@AddLifecycleHook(FuzzSettings.class)
class MutatedPolicyProperties {

    @Property(tries = 250)
    void mutatedCorpusPolicyCompilesOrFailsWithWellFormedDiagnostics(
        @ForAll("corpusEntries") PolicyCorpus.Entry entry, @ForAll("mutations") List<Mutation> mutations) {
        String text = entry.text();
        for (Mutation m : mutations) {
            text = m.apply(text);
        }
        BoundedParse.Outcome outcome = BoundedParse.parse("mutated.policy", text);
        if (!outcome.compiled()) {
            WellFormed.assertWellFormed(outcome.error(), outcome.sources());
        }
    }

    @Property(tries = 100)
    void mutatedFilesOfOneSetFailWithDiagnosticsInTheRightFile(
        @ForAll("corpusEntries") PolicyCorpus.Entry first, @ForAll("mutations") List<Mutation> firstMutations,
        @ForAll("corpusEntries") PolicyCorpus.Entry second, @ForAll("mutations") List<Mutation> secondMutations) {
        Map<String, String> sources = Map.of("dir/a.policy", mutate(first.text(), firstMutations),
            "other/b.policy", mutate(second.text(), secondMutations));
        BoundedParse.Outcome outcome = BoundedParse.parse(sources);
        if (!outcome.compiled()) {
            WellFormed.assertWellFormed(outcome.error(), sources);
        }
    }

    private static String mutate(String text, List<Mutation> mutations) {
        for (Mutation m : mutations) {
            text = m.apply(text);
        }
        return text;
    }

    /** Mostly the real corpus; now and then a generated policy, which uses forms the corpus lacks. */
    @Provide
    Arbitrary<PolicyCorpus.Entry> corpusEntries() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(PolicyCorpus.entries())),
            Tuple.of(1, PolicyGenerators.policies()
            .map(m -> new PolicyCorpus.Entry("generated", PolicyText.render(m.withOneHeader()).text()))));
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Mutations.any().list().ofMinSize(1).ofMaxSize(8);
    }
}
