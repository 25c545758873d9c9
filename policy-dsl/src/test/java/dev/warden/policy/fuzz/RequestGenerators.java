package dev.warden.policy.fuzz;

import dev.warden.policy.Principal;
import dev.warden.policy.Request;
import dev.warden.policy.RequestFacts;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Requests aimed at a generated policy, of all three action kinds ({@link Actions}), from every
 * kind of caller ({@link Callers}), with the facts its conditions read - of the right type, of the
 * wrong type, or missing - at any time, before or after the call. A {@link Shape} is generated on
 * its own, its big choices shrinkable and the details drawn from its seed, and resolved against the
 * policy: this keeps generation cheap.
 */
final class RequestGenerators {
    /** Instants around daylight-saving changes and day boundaries, and far from 1970 both ways. */
    private static final List<Instant> TIMES = List.of(Instant.EPOCH, Instant.parse("2026-03-29T00:59:59Z"),
        Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2026-04-04T15:30:00Z"),
        Instant.parse("1969-12-31T23:59:59Z"), Instant.parse("1900-01-01T00:00:00Z"), Instant.parse("2099-12-31T23:59:59Z"));

    private RequestGenerators() {
    }

    /** A request and what it was built to reach. */
    record Generated(Request request, Callers.Kind caller, String identity, Actions action) {
        @Override
        public String toString() {
            return action.spelling() + " by " + caller + (identity == null ? "" : " (built to match " + identity + ")")
                + (action.target() == null ? "" : ", built to reach " + action.target()) + "\n  " + request;
        }
    }

    /** What a request is aimed at. */
    enum Aim {
        /** Rule {@code target} of the policy: a caller built from one of its identities, an action on one of its targets. */
        RULE,
        /** Declaration {@code target} of kind {@code kind}. */
        DECLARATION,
        /** Something near declaration {@code target}: another method, host or database. */
        NEARBY
    }

    /**
     * @param identity which identity a matching or near-miss caller is built from
     * @param kind which kind of action
     * @param target which rule or declaration the request aims at
     */
    record Shape(Aim aim, Callers.Kind caller, int identity, PolicyModel.On kind, int target, boolean afterCall, Instant time,
                 long seed) {

        Generated resolve(PolicyModel model) {
            Random random = new Random(seed);
            Mentions mentions = Mentions.of(model);
            PolicyModel.Rule rule = aim == Aim.RULE && !model.rules().isEmpty() ? model.rules().get(target % model.rules().size()) : null;
            PolicyModel.Identity from = model.identities().get(rule == null || rule.principal().any()
                ? identity % model.identities().size() : indexOf(model.identities().stream().map(PolicyModel.Identity::name)
                .toList(), rule.principal(), random));
            Principal principal = Callers.caller(caller, from, mentions, random);
            PolicyModel.On on = rule == null ? kind : rule.on();
            int declaration = rule == null || rule.target().any() ? target : indexOf(model.targetNames(on), rule.target(), random);
            Actions action = Actions.of(on, aim != Aim.NEARBY, declaration, model, mentions, random);
            Request request = new Request(principal, action.action(), attributes(mentions, random), time);
            if (afterCall) {
                request = request.withResult(pick(random, Mentions.with(mentions.numbers(), Vocabulary.NUMBERS)));
            }
            boolean matching = caller == Callers.Kind.MATCHING;
            return new Generated(request, caller, matching ? from.name() : null, action);
        }

        /** The index in {@code names} of one of the names {@code target} lists. */
        private static int indexOf(List<String> names, PolicyModel.Target target, Random random) {
            return names.indexOf(target.names().get(random.nextInt(target.names().size())));
        }

        /** The typed facts of every kind and the attributes the conditions read: any type, or missing. */
        private Map<String, Object> attributes(Mentions mentions, Random random) {
            Map<String, Object> values = new HashMap<>();
            List<Long> numbers = Mentions.with(mentions.numbers(), Vocabulary.NUMBERS);
            for (String fact : List.of(RequestFacts.ARG_SIZE, RequestFacts.ARG_COUNT, RequestFacts.PAYLOAD_SIZE,
                RequestFacts.SQL_STATEMENTS)) {
                put(values, fact, random.nextInt(8) == 0 ? "12" : pick(random, numbers), random);
            }
            put(values, RequestFacts.SQL_EFFECTS, random.nextInt(8) == 0 ? "select"
                : some(random, RequestFacts.SQL_EFFECT_NAMES), random);
            put(values, RequestFacts.SQL_TABLES, some(random, Vocabulary.TABLES), random);
            put(values, RequestFacts.SQL_HAS_WHERE, random.nextBoolean(), random);
            put(values, RequestFacts.SQL_PARSED, random.nextInt(8) == 0 ? 1L : random.nextBoolean(), random);
            List<String> strings = Mentions.with(mentions.strings(), Vocabulary.WORDS);
            for (String name : mentions.attributes()) {
                Object value = switch (random.nextInt(6)) {
                    case 0 -> pick(random, numbers);
                    case 1 -> (int) (long) pick(random, numbers);
                    case 2 -> random.nextBoolean();
                    case 3 -> some(random, strings);
                    default -> pick(random, strings);
                };
                put(values, name, value, random);
            }
            return values;
        }

        /** Most facts are given; some are left out, so conditions that read them fail to evaluate. */
        private static void put(Map<String, Object> values, String name, Object value, Random random) {
            if (random.nextInt(5) != 0) {
                values.put(name, value);
            }
        }

        private static Set<String> some(Random random, List<String> options) {
            Set<String> some = new LinkedHashSet<>();
            options.forEach(o -> {
                if (random.nextInt(3) == 0) {
                    some.add(o);
                }
            });
            return some;
        }

        private static <T> T pick(Random random, List<T> options) {
            return options.get(random.nextInt(options.size()));
        }
    }

    static Arbitrary<Shape> shapes() {
        Arbitrary<Callers.Kind> caller = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Callers.Kind.ANONYMOUS)),
            Tuple.of(5, Arbitraries.just(Callers.Kind.MATCHING)), Tuple.of(2, Arbitraries.just(Callers.Kind.NEAR_MISS)),
            Tuple.of(1, Arbitraries.just(Callers.Kind.STRANGER)));
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 11);
        Arbitrary<Instant> time = Arbitraries.oneOf(Arbitraries.of(TIMES),
            Arbitraries.longs().between(-4_000_000_000L, 8_000_000_000L).map(Instant::ofEpochSecond));
        Arbitrary<Aim> aim = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(Aim.RULE)),
            Tuple.of(3, Arbitraries.just(Aim.DECLARATION)), Tuple.of(1, Arbitraries.just(Aim.NEARBY)));
        return Combinators.combine(aim, caller, pick, Arbitraries.of(PolicyModel.On.class), pick,
                Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(true)), Tuple.of(2, Arbitraries.just(false))), time,
                Arbitraries.longs())
            .as(Shape::new);
    }
}
