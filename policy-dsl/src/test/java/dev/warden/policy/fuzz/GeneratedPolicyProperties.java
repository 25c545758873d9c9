package dev.warden.policy.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.policy.Decision;
import dev.warden.policy.Effect;
import dev.warden.policy.EntryPointCall;
import dev.warden.policy.EntryPointPattern;
import dev.warden.policy.PolicySet;
import dev.warden.policy.Principal;
import dev.warden.policy.Request;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Policies generated from the grammar, valid by construction and laid out every way the language
 * allows: they compile without a diagnostic, and {@code decide} on them never throws and returns a
 * decision consistent with the rules that produced it.
 */
@AddLifecycleHook(FuzzSettings.class)
class GeneratedPolicyProperties {

    @Property(tries = 150)
    void validGeneratedPolicyCompilesAndDecidesEveryRequest(@ForAll("policies") PolicyModel model,
                                                           @ForAll("requests") List<RequestGenerators.Shape> requests) {
        PolicySet policy = compiled(PolicyText.render(model).text());
        for (RequestGenerators.Shape shape : requests) {
            Request request = shape.resolve(model);
            Decision decision = decide(policy, request);
            assertConsistent(decision, model, policy);
            assertEquals(decision, decide(policy, request), "decide is a pure function of policy and request");
        }
    }

    @Property(tries = 100)
    void stringLiteralsDecodeToExactlyTheTextTheyEncode(@ForAll("texts") String issuer, @ForAll("textsWithoutStars") String subject,
                                                        @ForAll long layoutSeed) {
        PolicyModel.Method method = new PolicyModel.Method("dev.example.Splitter", "split", List.of("java.lang.String"));
        PolicyModel model = new PolicyModel(List.of(new PolicyModel.Identity("caller", issuer, subject, null, null)),
            List.of(new PolicyModel.EntryPoint("splitting", List.of(method))),
            List.of(new PolicyModel.Rule(false, "allowed", new PolicyModel.Target(List.of("caller")),
                new PolicyModel.Target(List.of("splitting")), List.of())), layoutSeed);
        PolicySet policy = compiled(PolicyText.render(model).text());
        assertEquals(List.of(new EntryPointPattern("dev.example.Splitter", "split", List.of("java.lang.String"))),
            policy.entryPoints());
        assertEquals(Effect.PERMIT, decide(policy, requestFrom(subject, issuer)).effect(), "the exact subject and issuer");
        assertEquals(Effect.DENY, decide(policy, requestFrom(subject + "x", issuer)).effect(), "a longer subject");
        assertEquals(Effect.DENY, decide(policy, requestFrom(subject, issuer + "x")).effect(), "a longer issuer");
    }

    private static Request requestFrom(String subject, String issuer) {
        return new Request(new Principal(subject, issuer, List.of(), Map.of()),
            new EntryPointCall("dev.example.Splitter", "split", List.of("java.lang.String"),
                Set.of("dev.example.Splitter")), Map.of());
    }

    private static PolicySet compiled(String text) {
        BoundedParse.Outcome outcome = BoundedParse.parse("generated.policy", text);
        if (!outcome.compiled()) {
            throw new AssertionError("a valid generated policy did not compile:\n" + outcome.error().getMessage()
                + Inputs.describe(outcome.sources()));
        }
        return outcome.policy();
    }

    private static Decision decide(PolicySet policy, Request request) {
        try {
            return policy.decide(request);
        } catch (RuntimeException | Error e) {
            throw new AssertionError("decide threw " + e + " for " + request, e);
        }
    }

    /** The effect, the rule ids and the reason agree with each other and with the policy. */
    private static void assertConsistent(Decision d, PolicyModel model, PolicySet policy) {
        assertNotNull(d);
        assertNotNull(d.effect());
        assertTrue(d.reason() != null && !d.reason().isBlank(), d::toString);
        assertEquals(policy.revision(), d.policyRevision());
        assertEquals(d.ruleIds().stream().distinct().sorted().toList(), d.ruleIds(), "rule ids distinct and sorted");
        List<String> producers = model.ruleNames(d.effect() == Effect.DENY);
        assertTrue(producers.containsAll(d.ruleIds()), () -> d + " names rules that cannot produce " + d.effect());
        assertTrue(d.effect() == Effect.DENY || !d.ruleIds().isEmpty(), () -> "a permit names its rules: " + d);
    }

    @Provide
    Arbitrary<PolicyModel> policies() {
        return PolicyGenerators.policies();
    }

    @Provide
    Arbitrary<List<RequestGenerators.Shape>> requests() {
        return RequestGenerators.shapes().list().ofMinSize(1).ofMaxSize(20);
    }

    @Provide
    Arbitrary<String> texts() {
        return Values.nonEmptyStrings();
    }

    /** Without '*', a subject is matched exactly. */
    @Provide
    Arbitrary<String> textsWithoutStars() {
        return Values.nonEmptyStrings().filter(s -> s.indexOf('*') < 0);
    }
}
