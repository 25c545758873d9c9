package dev.warden.policy.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.warden.policy.Action;
import dev.warden.policy.Decision;
import dev.warden.policy.Effect;
import dev.warden.policy.EntryPointCall;
import dev.warden.policy.EntryPointPattern;
import dev.warden.policy.Explanation;
import dev.warden.policy.HttpCall;
import dev.warden.policy.PolicyLoader;
import dev.warden.policy.PolicySet;
import dev.warden.policy.Principal;
import dev.warden.policy.Request;
import dev.warden.policy.SqlCall;
import dev.warden.policy.address.HttpUrl;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Policy sets generated over the whole language, valid by construction and laid out every way the
 * language allows: they compile without an error, and for requests of every kind {@code decide}
 * never throws, is a pure function of the policy's text and the request, reads a URL or JDBC URL
 * however it is spelled, and returns what {@code explain} traces rule by rule add up to, with the
 * obligations of exactly the rules that applied ({@link DecisionChecks}), and as its lints said
 * ({@link LintChecks}).
 */
@AddLifecycleHook(FuzzSettings.class)
class GeneratedPolicyProperties {

    @Property(tries = 200)
    @StatisticsReport(onFailureOnly = true)
    void validGeneratedPolicyCompilesAndDecidesEveryRequestAsItsExplanationSays(
        @ForAll("policies") PolicyModel model, @ForAll("requests") List<RequestGenerators.Shape> requests) {
        Map<String, String> sources = PolicyText.render(model).sources();
        PolicySet policy = Compiled.of(sources);
        PolicySet again = Compiled.of(sources);
        LintChecks lints = LintChecks.of(PolicyLoader.check(sources).warnings());
        for (RequestGenerators.Shape shape : requests) {
            RequestGenerators.Generated g = shape.resolve(model);
            Decision d = Compiled.decide(policy, g.request());
            assertEquals(d, Compiled.decide(policy, g.request()), () -> "decide is a pure function of policy and request: " + g);
            assertEquals(d, Compiled.decide(again, g.request()), () -> "the same text compiled again decides alike: " + g);
            if (g.action().plain() != null) {
                Request plain = new Request(g.request().principal(), plainly(g), g.request().attributes(), g.request().time());
                assertEquals(d, Compiled.decide(policy, plain), () -> "spelled plainly as " + g.action().plain() + ", "
                    + "the request decides alike: " + g);
            }
            Explanation e = Compiled.explain(policy, g.request());
            DecisionChecks.assertAgree(model, g, d, e, policy.revision());
            lints.assertKept(d, e, () -> "\n" + g + "\n" + e.render());
            Reached.record(model, g, d, e, lints);
        }
        Reached.requireCoverage();
    }

    /** The request's action with its URL or JDBC URL spelled the plain way. */
    private static Action plainly(RequestGenerators.Generated g) {
        if (g.request().action() instanceof HttpCall call) {
            return new HttpCall(call.method(), HttpUrl.parse(g.action().plain()), call.headers());
        }
        return SqlCall.of(g.action().plain());
    }

    @Property(tries = 100)
    void stringLiteralsDecodeToExactlyTheTextTheyEncode(@ForAll("texts") String issuer, @ForAll("textsWithoutStars") String subject,
                                                        @ForAll long layoutSeed) {
        PolicyModel.Method method = new PolicyModel.Method("dev.example.Splitter", "split", List.of("java.lang.String"));
        PolicyModel model = new PolicyModel(List.of(new PolicyModel.Header(false, null, null)),
            List.of(new PolicyModel.Identity("caller", 0, issuer, subject, null, List.of(), Map.of())),
            List.of(new PolicyModel.EntryPoint("splitting", 0, List.of(method))), List.of(), List.of(), List.of(), List.of(),
            List.of(new PolicyModel.Rule(PolicyModel.Kind.PERMIT, "allowed", 0, new PolicyModel.Target(List.of("caller")),
                PolicyModel.On.CALL, new PolicyModel.Target(List.of("splitting")), List.of(), null, null, null)), layoutSeed);
        PolicySet policy = Compiled.of(PolicyText.render(model).sources());
        assertEquals(List.of(new EntryPointPattern("dev.example.Splitter", "split", List.of("java.lang.String"))),
            policy.entryPoints());
        assertEquals(Effect.PERMIT, Compiled.decide(policy, requestFrom(subject, issuer)).effect(), "the exact subject and issuer");
        assertEquals(Effect.DENY, Compiled.decide(policy, requestFrom(subject + "x", issuer)).effect(), "a longer subject");
        assertEquals(Effect.DENY, Compiled.decide(policy, requestFrom(subject, issuer + "x")).effect(), "a longer issuer");
    }

    private static Request requestFrom(String subject, String issuer) {
        return new Request(new Principal(subject, issuer, List.of(), Map.of()),
            new EntryPointCall("dev.example.Splitter", "split", List.of("java.lang.String"),
                Set.of("dev.example.Splitter")), Map.of());
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
