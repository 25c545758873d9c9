package dev.warden.policy.fuzz;

import dev.warden.policy.syntax.Grammar;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Names, strings, subject globs and method strings for generated policies. */
final class Values {
    /**
     * Keywords are recognised by position, so they are fine names - even those that also start a
     * declaration, which they do only when followed by a name and '{'.
     */
    private static final List<String> KEYWORD_NAMES = List.of("identity", "entrypoint", "permit", "forbid", "issuer",
        "subject", "method", "principal", "call", "when", "unless", "group", "endpoint", "datasource", "credential",
        "approvers", "policy", "mask", "inject", "require_approval", "url", "detect", "into", "default", "timezone",
        "only_to", "source", "header", "bearer", "password", "env");

    private Values() {
    }

    static Arbitrary<String> names() {
        Arbitrary<String> random = Combinators.combine(
                Arbitraries.chars().with('_').range('a', 'z').range('A', 'Z'),
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('_', 'Z').ofMaxLength(12))
            .as((first, rest) -> first + rest);
        return Arbitraries.frequencyOf(Tuple.of(8, random), Tuple.of(1, Arbitraries.of(KEYWORD_NAMES)))
            .filter(n -> !Grammar.RESERVED.contains(n));
    }

    /** Any text: ASCII, quotes, backslashes, control characters, accents, emoji, lone surrogates. */
    static Arbitrary<String> strings() {
        return Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20)),
            Tuple.of(1, Arbitraries.strings().all().ofMaxLength(12)),
            Tuple.of(1, Arbitraries.of("caf\u00e9", "\uD83D\uDE00", "a\"b\\c", "\0", "\t\r\n", "\uFEFF", "e\u0301", "")));
    }

    static Arbitrary<String> nonEmptyStrings() {
        return strings().filter(s -> !s.isEmpty());
    }

    static Arbitrary<String> issuers() {
        return Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.of("https://issuer.warden.test", "https://login.example.com/tenant/", "urn:x")),
            Tuple.of(1, nonEmptyStrings()));
    }

    /** Literal pieces, separators and wildcards, never three stars in a row. */
    static Arbitrary<String> subjects() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.strings().withCharRange('a', 'z').withChars('-', '_', '\u00e9', ' ', '"', '\\')
                .ofMinLength(1).ofMaxLength(8)),
            Tuple.of(2, Arbitraries.of(".", "/", "@", ":")),
            Tuple.of(2, Arbitraries.of("*", "**")),
            Tuple.of(1, Arbitraries.of("\uD83D\uDE00", "svc-ingest@warden.test")));
        return piece.list().ofMinSize(1).ofMaxSize(8).map(pieces -> {
            StringBuilder subject = new StringBuilder();
            for (String p : pieces) {
                boolean wildcard = p.startsWith("*");
                if (wildcard && subject.length() > 0 && subject.charAt(subject.length() - 1) == '*') {
                    subject.append('-'); // keeps wildcards apart: "***" is an error
                }
                subject.append(p);
            }
            return subject.toString();
        });
    }

    static Arbitrary<PolicyModel.Method> methods() {
        Arbitrary<String> segment = Combinators.combine(
                Arbitraries.chars().range('a', 'z').range('A', 'Z').with('_', '$', '\u00e9'),
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('$', '_', '\u00df').ofMaxLength(8))
            .as((first, rest) -> first + rest);
        Arbitrary<String> className = segment.list().ofMinSize(1).ofMaxSize(4).map(s -> String.join(".", s));
        Arbitrary<String> type = Arbitraries.oneOf(Arbitraries.of("int", "long", "byte[]", "java.lang.String",
            "java.util.List", "dev.langchain4j.data.document.Document", "pkg.Outer$Inner[][]"), className);
        Arbitrary<List<String>> parameters = type.list().ofMaxSize(3).injectNull(0.5);
        return Combinators.combine(className, segment, parameters).as(PolicyModel.Method::new);
    }
}
