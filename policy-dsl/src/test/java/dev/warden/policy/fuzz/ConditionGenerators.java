package dev.warden.policy.fuzz;

import dev.warden.policy.fuzz.PolicyModel.Cond;
import dev.warden.policy.fuzz.PolicyModel.Operand;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Well-typed conditions: every form the checker accepts, nested up to the parser's limit. */
final class ConditionGenerators {

    /** Attribute paths the agent does not compute: typed at decision time. Some are clause keywords. */
    static final List<String> ATTRIBUTES = List.of("tenant", "dry_run", "request.kind", "doc.labels.count", "when",
        "call", "issuer", "x_1", "_", "argument", "principals");
    static final List<String> CLAIMS = List.of("dept", "level", "aud", "role", "email_verified");
    static final List<String> GROUPS = List.of("etl", "frozen", "ops", "caf\u00e9", "a \"quoted\" group", "");
    private static final int MAX_LEVELS = 64;

    private ConditionGenerators() {
    }

    /** Conditions of a few levels, and now and then one wrapped to exactly the nesting limit. */
    static Arbitrary<Cond> conditions() {
        return Arbitraries.frequencyOf(Tuple.of(9, condition(3)), Tuple.of(1, condition(2).flatMap(ConditionGenerators::deepest)));
    }

    private static Arbitrary<Cond> condition(int depth) {
        if (depth == 0) {
            return leaf();
        }
        Arbitrary<Cond> inner = Arbitraries.lazy(() -> condition(depth - 1));
        return Arbitraries.frequencyOf(
            Tuple.of(4, leaf()),
            Tuple.of(2, inner.list().ofMinSize(2).ofMaxSize(4).map(PolicyModel.And::new)),
            Tuple.of(2, inner.list().ofMinSize(2).ofMaxSize(4).map(PolicyModel.Or::new)),
            Tuple.of(1, inner.map(PolicyModel.Not::new)),
            Tuple.of(1, inner.map(PolicyModel.Paren::new)));
    }

    /** {@code c} wrapped in not and parentheses up to exactly 64 levels: the deepest the parser accepts. */
    private static Arbitrary<Cond> deepest(Cond c) {
        int room = MAX_LEVELS - PolicyModel.levels(c);
        return Arbitraries.of(true, false).list().ofSize(room).map(nots -> {
            Cond wrapped = c;
            for (boolean not : nots) {
                wrapped = not ? new PolicyModel.Not(PolicyModel.needsParens(wrapped) ? new PolicyModel.Paren(wrapped) : wrapped)
                    : new PolicyModel.Paren(wrapped);
            }
            return PolicyModel.levels(wrapped) <= MAX_LEVELS ? wrapped : c;
        });
    }

    private static Arbitrary<Cond> leaf() {
        return Arbitraries.frequencyOf(
            Tuple.of(3, Combinators.combine(intOperand(), Arbitraries.of("==", "!=", "<", "<=", ">", ">="), intOperand())
                .as(PolicyModel.Compare::new)),
            Tuple.of(3, Combinators.combine(stringOperand(), Arbitraries.of("==", "!="), stringOperand())
                .as(PolicyModel.Compare::new)),
            Tuple.of(1, Combinators.combine(boolOperand(), Arbitraries.of("==", "!="), boolOperand())
                .as(PolicyModel.Compare::new)),
            Tuple.of(2, Arbitraries.of(GROUPS).map(PolicyModel.Contains::new)),
            Tuple.of(1, boolOperand().map(PolicyModel.Truth::new)));
    }

    private static Arbitrary<Operand> intOperand() {
        return Arbitraries.oneOf(
            Arbitraries.of("arg.size", "arg.count").map(PolicyModel.Path::new),
            Arbitraries.longs().map(PolicyModel.IntLit::new),
            attribute());
    }

    private static Arbitrary<Operand> stringOperand() {
        return Arbitraries.oneOf(
            Arbitraries.of("principal.subject", "principal.issuer").map(PolicyModel.Path::new),
            Arbitraries.of(CLAIMS).map(c -> new PolicyModel.Path("principal.claim." + c)),
            Values.strings().map(PolicyModel.StrLit::new),
            attribute());
    }

    private static Arbitrary<Operand> boolOperand() {
        return Arbitraries.oneOf(Arbitraries.of(true, false).map(PolicyModel.BoolLit::new), attribute());
    }

    private static Arbitrary<Operand> attribute() {
        return Arbitraries.of(ATTRIBUTES).map(PolicyModel.Path::new);
    }
}
