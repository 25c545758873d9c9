package dev.warden.policy.fuzz;

import dev.warden.policy.EntryPointCall;
import dev.warden.policy.Principal;
import dev.warden.policy.Request;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Requests aimed at a generated policy: callers that match its identities (or nearly do, or are
 * anonymous), calls of its methods (or of others), and attributes of every type or missing, so that
 * rules match, do not match and fail to evaluate. A {@link Shape} is generated on its own and
 * resolved against the policy (indexes pick its subjects, methods, attribute names), which keeps
 * generation cheap and shrinkable.
 */
final class RequestGenerators {

    private RequestGenerators() {
    }

    /**
     * Who calls.
     *
     * @param subject even: glob {@code subject/2} of the policy's identities with its wildcards filled
     *     by {@code fills}; odd: {@code otherSubject}
     * @param issuer even: issuer {@code issuer/2} of the identities; odd: {@code otherIssuer}
     * @param groups indexes into the groups the policy mentions, joined by {@code otherGroup}
     */
    record Caller(boolean anonymous, int subject, List<String> fills, String otherSubject, int issuer, String otherIssuer,
                  List<Integer> groups, String otherGroup) {
    }

    /**
     * @param claims claim index (into the claims the conditions use, and "aud") to value
     * @param method even: method {@code method/2} of the entrypoints; odd: {@code otherMethod}
     * @param attributes attribute index (into the attributes the conditions use, arg.size, arg.count) to value
     */
    record Shape(Caller caller, Map<Integer, String> claims, int method, PolicyModel.Method otherMethod,
                 boolean sameParameters, Map<Integer, Object> attributes) {

        Request resolve(PolicyModel model) {
            return new Request(principal(model), call(model), attributes(model));
        }

        private Principal principal(PolicyModel model) {
            if (caller.anonymous()) {
                return Principal.anonymous();
            }
            List<PolicyModel.Identity> ids = model.identities();
            String s = caller.subject() % 2 == 1 ? caller.otherSubject() : fill(ids.get(caller.subject() / 2 % ids.size()).subject());
            String i = caller.issuer() % 2 == 1 ? caller.otherIssuer() : ids.get(caller.issuer() / 2 % ids.size()).issuer();
            List<String> known = new ArrayList<>(model.groups());
            List<String> memberOf = new ArrayList<>(List.of(caller.otherGroup()));
            caller.groups().forEach(g -> memberOf.add(known.isEmpty() ? "etl" : known.get(g % known.size())));
            List<String> claimNames = new ArrayList<>(model.claims());
            claimNames.add("aud");
            Map<String, String> claimValues = new LinkedHashMap<>();
            claims.forEach((k, v) -> claimValues.put(claimNames.get(k % claimNames.size()), audienceOr(model, k, v)));
            return new Principal(s, i, memberOf, claimValues);
        }

        /** Now and then the audience an identity requires, inside a list as tokens carry it. */
        private static String audienceOr(PolicyModel model, int k, String value) {
            List<String> audiences = model.identities().stream().map(PolicyModel.Identity::audience).filter(a -> a != null).toList();
            return k % 3 == 0 && !audiences.isEmpty() ? "other, " + audiences.get(k % audiences.size()) : value;
        }

        private String fill(String glob) {
            StringBuilder out = new StringBuilder();
            for (int k = 0; k < glob.length(); k++) {
                out.append(glob.charAt(k) == '*' ? caller.fills().get(k % caller.fills().size()) : String.valueOf(glob.charAt(k)));
            }
            return out.toString();
        }

        private EntryPointCall call(PolicyModel model) {
            List<PolicyModel.Method> methods = model.entryPoints().stream().flatMap(e -> e.methods().stream()).toList();
            PolicyModel.Method m = method % 2 == 1 ? otherMethod : methods.get(method / 2 % methods.size());
            List<String> parameters = m.parameterTypes() != null && sameParameters ? m.parameterTypes() : List.of("int");
            String implementation = "impl." + m.className() + "Impl";
            return new EntryPointCall(implementation, m.methodName(), parameters,
                Set.of(implementation, m.className(), "java.lang.Object"));
        }

        private Map<String, Object> attributes(PolicyModel model) {
            List<String> names = new ArrayList<>(model.attributes());
            names.addAll(List.of("arg.size", "arg.count"));
            Map<String, Object> values = new HashMap<>();
            attributes.forEach((k, v) -> values.put(names.get(k % names.size()), v));
            return values;
        }
    }

    static Arbitrary<Shape> shapes() {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 15);
        Arbitrary<Object> value = Arbitraries.oneOf(Arbitraries.longs().map(v -> (Object) v),
            Arbitraries.integers().between(-5, 5).map(v -> (Object) v), Arbitraries.of(true, false).map(v -> (Object) v),
            Values.strings().map(v -> (Object) v));
        Arbitrary<Caller> caller = Combinators.combine(Arbitraries.integers().between(0, 9).map(n -> n == 0), pick,
                Arbitraries.of("", "x", "a.b", "svc-1", "\u00e9").list().ofMinSize(1).ofMaxSize(4), Values.strings(), pick,
                Values.strings(), pick.list().ofMaxSize(3), Values.strings())
            .as(Caller::new);
        return Combinators.combine(caller, Arbitraries.maps(pick, Values.strings()).ofMaxSize(3), pick, Values.methods(),
                Arbitraries.of(true, false), Arbitraries.maps(pick, value).ofMaxSize(6))
            .as(Shape::new);
    }
}
