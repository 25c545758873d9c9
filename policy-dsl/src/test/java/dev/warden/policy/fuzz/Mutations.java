package dev.warden.policy.fuzz;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators of {@link Mutation}s and of the text they insert. */
final class Mutations {

    /** Characters that end, start or break tokens, lines, strings and files. */
    static final List<String> SPECIALS = List.of("\"", "\\", "{", "}", "(", ")", "[", "]", ",", ".", "#", "=", "!", "&&",
        "||", "'", "-", "_", "*", "\0", "\r", "\n", "\r\n", "\t", "\f", "\uFEFF", "\u2028", "\u0085", "\uD800", "\uDC00",
        "\uD83D\uDE00", "\u00e9", "\u0301", "\\u", "\\u12", "\\q", "\\\"", "\"\\", "\\\0", "\\\r");

    /** Words and operators of the language, and some it might grow. */
    static final List<String> WORDS = List.of("identity", "entrypoint", "permit", "forbid", "issuer", "subject",
        "audience", "group", "method", "principal", "call", "when", "unless", "any", "and", "or", "not", "contains",
        "true", "false", "arg.size", "arg.count", "principal.subject", "principal.groups", "principal.claim.x",
        "==", "!=", "<", "<=", ">", ">=", "require_approval", "mask", "endpoint", "datasource", "\"x\"", "\"a#b\"",
        "0", "-1", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "1_000", "1__0", "0_",
        "policy", "default", "deny", "monitor", "timezone", "credential", "approvers", "inject", "url", "source", "env",
        "file", "only_to", "detect", "regex", "column", "replace", "apply", "input", "output", "both", "into", "header",
        "bearer", "password", "in", "matches", "[", "]", "http.method", "http.header.x_key", "sql.effects", "result.rows",
        "time.hour", "time.weekday", "payload.size", "\"https://h/**\"", "\"jdbc:h2:mem:x\"", "\"(a\"", "\"UTC\"");

    private Mutations() {
    }

    static Arbitrary<Mutation> any() {
        return Arbitraries.frequencyOf(
            Tuple.of(6, edits()),
            Tuple.of(4, inserts()),
            Tuple.of(2, replacements()),
            Tuple.of(1, repeats()));
    }

    private static Arbitrary<Integer> position() {
        return Arbitraries.integers().between(0, BoundedParse.MAX_SOURCE_CHARS);
    }

    private static Arbitrary<Mutation> edits() {
        Arbitrary<Mutation.Kind> kind = Arbitraries.of(Mutation.Kind.DELETE_CHARS, Mutation.Kind.DUPLICATE_CHARS,
            Mutation.Kind.TRUNCATE, Mutation.Kind.DELETE_TOKEN, Mutation.Kind.DUPLICATE_TOKEN, Mutation.Kind.SWAP_TOKENS);
        return Combinators.combine(kind, position(), position()).as((k, at, other) -> new Mutation(k, at, other, null));
    }

    /** At any character, or before a token (where a payload such as deep nesting starts an operand). */
    private static Arbitrary<Mutation> inserts() {
        return Combinators.combine(Arbitraries.of(Mutation.Kind.INSERT, Mutation.Kind.INSERT_BEFORE_TOKEN), position(), payload())
            .as((kind, at, text) -> new Mutation(kind, at, 0, text));
    }

    private static Arbitrary<Mutation> replacements() {
        Arbitrary<String> with = Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.of(SPECIALS), longName());
        return Combinators.combine(position(), with).as((at, text) -> new Mutation(Mutation.Kind.REPLACE_TOKEN, at, 0, text));
    }

    /** One token many times over: deep nesting from '(' or 'not', very long lists, runs of braces. */
    private static Arbitrary<Mutation> repeats() {
        return Combinators.combine(position(), Arbitraries.integers().between(2, 4_000))
            .as((at, times) -> new Mutation(Mutation.Kind.REPEAT_TOKEN, at, times, null));
    }

    static Arbitrary<String> payload() {
        return Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.of(SPECIALS)),
            Tuple.of(5, Arbitraries.of(WORDS).map(w -> " " + w + " ")),
            Tuple.of(1, longName()),
            Tuple.of(1, longNumber()),
            Tuple.of(1, longString()),
            Tuple.of(1, nesting()),
            Tuple.of(1, Arbitraries.of(PolicyCorpus.entries()).map(PolicyCorpus.Entry::text)));
    }

    /**
     * Very long names, some of one repeated letter so that two of them are alike ("did you mean"
     * over long names). Long texts are built from a length and a seed: jqwik generating them one
     * shrinkable character at a time cost more than parsing them.
     */
    static Arbitrary<String> longName() {
        Arbitrary<Integer> length = Arbitraries.integers().between(64, 8_000);
        return Arbitraries.oneOf(
            Combinators.combine(Arbitraries.of("a", "x", "_", "ingest"), length).as((c, n) -> c.repeat(n / c.length())),
            built(length, "abcdefghijklmnopqrstuvwxyz_0123456789"));
    }

    private static Arbitrary<String> longNumber() {
        return Combinators.combine(Arbitraries.of("", "-"), built(Arbitraries.integers().between(19, 5_000), "0123456789"))
            .as((sign, digits) -> sign + "1" + digits);
    }

    private static Arbitrary<String> longString() {
        return built(Arbitraries.integers().between(100, 5_000), "ab \"\\\t\0\u00e9\uD83D\uDE00\uFEFF{}()#").map(s -> "\"" + s + "\"");
    }

    private static Arbitrary<String> nesting() {
        return Combinators.combine(Arbitraries.of("(", "not ", "[", "{", "(not ", "a.", "\"", "\\"),
            Arbitraries.integers().between(100, 5_000)).as((unit, n) -> unit.repeat(n));
    }

    /** {@code length} characters drawn from {@code alphabet} by a seeded random. */
    private static Arbitrary<String> built(Arbitrary<Integer> length, String alphabet) {
        return Combinators.combine(length, Arbitraries.longs()).as((n, seed) -> {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder(n);
            for (int k = 0; k < n; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return text.toString();
        });
    }
}
