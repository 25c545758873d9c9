package dev.warden.policy.fuzz;

import dev.warden.policy.RequestFacts;
import dev.warden.policy.fuzz.Cond.Operand;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Well-typed conditions for one {@link FactScope}: every operator the checker accepts (comparisons,
 * {@code contains}, {@code in}, {@code matches}, lone booleans, and/or/not/parentheses), the
 * typed facts of the scope with literals that fit them, request attributes and literals, nested
 * up to the parser's limit.
 */
final class ConditionGenerators {
    private static final int MAX_LEVELS = 64;
    private static final List<String> HTTP_METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
        "TRACE", "CONNECT");
    private static final List<String> INT_OPS = List.of("==", "!=", "<", "<=", ">", ">=");
    private static final List<String> EQ_OPS = List.of("==", "!=");

    private final FactScope scope;

    private ConditionGenerators(FactScope scope) {
        this.scope = scope;
    }

    /** Conditions of a few levels, and now and then one wrapped to exactly the nesting limit. */
    static Arbitrary<Cond> conditions(FactScope scope) {
        ConditionGenerators g = new ConditionGenerators(scope);
        return Arbitraries.frequencyOf(Tuple.of(9, g.condition(3)), Tuple.of(1, g.condition(2).flatMap(ConditionGenerators::deepest)));
    }

    /** {@code result.rows} compared with a number: what makes a rule one that is decided again after the call. */
    static Arbitrary<Cond> readsResult() {
        return Combinators.combine(Arbitraries.of(INT_OPS), intLiteral())
            .as((op, rows) -> new Cond.Compare(new Cond.Path("result.rows"), op, rows));
    }

    private Arbitrary<Cond> condition(int depth) {
        if (depth == 0) {
            return leaf();
        }
        Arbitrary<Cond> inner = Arbitraries.lazy(() -> condition(depth - 1));
        return Arbitraries.frequencyOf(
            Tuple.of(4, leaf()),
            Tuple.of(2, inner.list().ofMinSize(2).ofMaxSize(4).map(Cond.And::new)),
            Tuple.of(2, inner.list().ofMinSize(2).ofMaxSize(4).map(Cond.Or::new)),
            Tuple.of(1, inner.map(Cond.Not::new)),
            Tuple.of(1, inner.map(Cond.Paren::new)));
    }

    /** {@code c} wrapped in not and parentheses up to exactly 64 levels: the deepest the parser accepts. */
    private static Arbitrary<Cond> deepest(Cond c) {
        int room = MAX_LEVELS - Cond.levels(c);
        return Arbitraries.of(true, false).list().ofSize(room).map(nots -> {
            Cond wrapped = c;
            for (boolean not : nots) {
                wrapped = not ? new Cond.Not(Cond.needsParens(wrapped) ? new Cond.Paren(wrapped) : wrapped) : new Cond.Paren(wrapped);
            }
            return Cond.levels(wrapped) <= MAX_LEVELS ? wrapped : c;
        });
    }

    private Arbitrary<Cond> leaf() {
        return Arbitraries.frequencyOf(
            Tuple.of(3, Combinators.combine(intOperand(), Arbitraries.of(INT_OPS), intOperand()).as(Cond.Compare::new)),
            Tuple.of(3, Combinators.combine(stringOperand(), Arbitraries.of(EQ_OPS), stringOperand()).as(Cond.Compare::new)),
            Tuple.of(1, Combinators.combine(boolOperand(), Arbitraries.of(EQ_OPS), boolOperand()).as(Cond.Compare::new)),
            Tuple.of(3, restricted()),
            Tuple.of(2, contains()),
            Tuple.of(1, in()),
            Tuple.of(1, Combinators.combine(stringOperand(), Arbitraries.of(Vocabulary.REGEXES)).as(Cond.Matches::new)),
            Tuple.of(1, boolOperand().map(Cond.Truth::new)));
    }

    /** Facts whose literals must fit (P037): time of day and weekday, the HTTP method, SQL effects. */
    private Arbitrary<Cond> restricted() {
        List<Arbitrary<Cond>> forms = new ArrayList<>(List.of(
            against("time.hour", INT_OPS, Arbitraries.longs().between(0, 23).map(Cond.IntLit::new)),
            against("time.minute", INT_OPS, Arbitraries.longs().between(0, 59).map(Cond.IntLit::new)),
            against("time.weekday", EQ_OPS, Arbitraries.of(RequestFacts.WEEKDAYS).map(Cond.StrLit::new))));
        if (scope.on == PolicyModel.On.ENDPOINT) {
            forms.add(against("http.method", EQ_OPS, Arbitraries.of(HTTP_METHODS).map(Cond.StrLit::new)));
        }
        if (scope.on == PolicyModel.On.DATASOURCE) {
            forms.add(Arbitraries.of(RequestFacts.SQL_EFFECT_NAMES).map(e -> new Cond.Contains("sql.effects", e)));
        }
        return Arbitraries.oneOf(forms);
    }

    /** {@code fact op literal}, {@code literal op fact}, or {@code fact in [literal, ...]}. */
    private static Arbitrary<Cond> against(String fact, List<String> ops, Arbitrary<Operand> literal) {
        Cond.Path path = new Cond.Path(fact);
        return Arbitraries.frequencyOf(
            Tuple.of(2, Combinators.combine(Arbitraries.of(ops), literal).as((op, lit) -> new Cond.Compare(path, op, lit))),
            Tuple.of(1, Combinators.combine(Arbitraries.of(ops), literal).as((op, lit) -> new Cond.Compare(lit, op, path))),
            Tuple.of(1, literal.list().ofMinSize(1).ofMaxSize(4).map(list -> new Cond.In(path, list))));
    }

    private Arbitrary<Cond> contains() {
        Arbitrary<String> items = Arbitraries.oneOf(Arbitraries.of(Vocabulary.WORDS), Values.strings());
        List<Arbitrary<Cond>> forms = new ArrayList<>(List.of(
            Arbitraries.oneOf(Arbitraries.of(Vocabulary.GROUPS), Values.strings()).map(g -> new Cond.Contains("principal.groups", g)),
            Combinators.combine(Arbitraries.of(Vocabulary.ATTRIBUTES), items).as(Cond.Contains::new)));
        if (scope.on == PolicyModel.On.DATASOURCE) {
            forms.add(Arbitraries.of(Vocabulary.TABLES).map(t -> new Cond.Contains("sql.tables", t)));
        }
        return Arbitraries.oneOf(forms);
    }

    private Arbitrary<Cond> in() {
        return Arbitraries.oneOf(
            Combinators.combine(intOperand(), intLiteral().list().ofMinSize(1).ofMaxSize(4)).as(Cond.In::new),
            Combinators.combine(stringOperand(), stringLiteral().list().ofMinSize(1).ofMaxSize(4)).as(Cond.In::new));
    }

    private Arbitrary<Operand> intOperand() {
        List<Arbitrary<Operand>> forms = new ArrayList<>(List.of(intLiteral(), attribute()));
        if (!scope.ints().isEmpty()) {
            forms.add(Arbitraries.of(scope.ints()).map(Cond.Path::new));
        }
        return Arbitraries.oneOf(forms);
    }

    private Arbitrary<Operand> stringOperand() {
        return Arbitraries.oneOf(Arbitraries.of(scope.strings()).map(Cond.Path::new), stringLiteral(), attribute());
    }

    private Arbitrary<Operand> boolOperand() {
        List<Arbitrary<Operand>> forms = new ArrayList<>(List.of(Arbitraries.of(true, false).map(Cond.BoolLit::new), attribute()));
        if (!scope.bools.isEmpty()) {
            forms.add(Arbitraries.of(scope.bools).map(Cond.Path::new));
        }
        return Arbitraries.oneOf(forms);
    }

    private static Arbitrary<Operand> intLiteral() {
        return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.of(Vocabulary.NUMBERS)).map(Cond.IntLit::new);
    }

    private static Arbitrary<Operand> stringLiteral() {
        return Arbitraries.oneOf(Arbitraries.of(Vocabulary.WORDS), Values.strings()).map(Cond.StrLit::new);
    }

    private static Arbitrary<Operand> attribute() {
        return Arbitraries.of(Vocabulary.ATTRIBUTES).map(Cond.Path::new);
    }
}
