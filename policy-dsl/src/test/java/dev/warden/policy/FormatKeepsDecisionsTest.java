package dev.warden.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.warden.policy.syntax.Comment;
import dev.warden.policy.syntax.Diagnostics;
import dev.warden.policy.syntax.Lexer;
import dev.warden.policy.syntax.SourceFile;
import dev.warden.policy.syntax.Token;
import dev.warden.policy.syntax.TokenKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Formatting never changes what a set decides: the original and the formatted set agree on
 * generated requests (all but the revision, which hashes the text). Also: any re-spacing of a file
 * formats back to the same text.
 */
class FormatKeepsDecisionsTest {
    private static final String LOGIN = "https://login.example.com";
    private static final Random RANDOM = new Random(20260504);

    @Test
    void theRagPipelineSetDecidesTheSameOnceFormatted() throws IOException {
        Map<String, String> original = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("../examples/rag-pipeline"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".policy")).toList()) {
                original.put(file.getFileName().toString(), respaced(Files.readString(file)));
            }
        }
        Map<String, String> formatted = new TreeMap<>();
        original.forEach((name, text) -> formatted.put(name, FormatterTest.format(text)));
        assertEquals(Set.of(Effect.values()), assertSameDecisions(original, formatted, ragRequests(3000)));
    }

    @Test
    void theMessyFileDecidesTheSameOnceFormatted() {
        Map<String, String> original = Map.of("messy.policy", FormatterTest.resource("messy.policy"));
        Map<String, String> formatted = Map.of("messy.policy", FormatterTest.format(original.get("messy.policy")));
        assertEquals(Set.of(Effect.PERMIT, Effect.DENY), assertSameDecisions(original, formatted, messyRequests(3000)));
    }

    @Test
    void anyRespacingFormatsBackToTheSameText() {
        String messy = FormatterTest.resource("messy.policy");
        String canonical = FormatterTest.format(messy);
        for (int i = 0; i < 200; i++) {
            String respaced = respaced(messy);
            assertEquals(canonical, FormatterTest.format(respaced), respaced);
        }
    }

    /** Asserts both sets decide alike; returns the effects the requests reached (a test of the generator). */
    private static Set<Effect> assertSameDecisions(Map<String, String> original, Map<String, String> formatted,
                                                   List<Request> requests) {
        Set<Effect> reached = java.util.EnumSet.noneOf(Effect.class);
        PolicySet before = Policies.errorsFree(original);
        PolicySet after = Policies.errorsFree(formatted);
        assertNotEquals(before.revision(), after.revision(), "the revision hashes the text, so it changes");
        for (Request request : requests) {
            Decision a = before.decide(request);
            Decision b = after.decide(request);
            assertEquals(new Decision(a.effect(), a.ruleIds(), a.reason(), "-", a.obligations(), a.monitorOnly()),
                new Decision(b.effect(), b.ruleIds(), b.reason(), "-", b.obligations(), b.monitorOnly()),
                request::toString);
            reached.add(a.effect());
        }
        return reached;
    }

    /**
     * The same tokens and comments on the same lines, with other spaces between them (none where
     * there were none, if it likes), other indentation, and more blank lines where there were some.
     */
    static String respaced(String text) {
        SourceFile file = new SourceFile("r.policy", text);
        List<Comment> comments = new ArrayList<>();
        Map<Integer, List<int[]>> pieces = new TreeMap<>();
        Map<int[], String> texts = new LinkedHashMap<>();
        for (Token token : Lexer.tokenize(file, new Diagnostics(), comments)) {
            if (!token.is(TokenKind.EOF)) {
                add(pieces, texts, token.span().line(), token.span().column(), token.text());
            }
        }
        comments.forEach(c -> add(pieces, texts, c.span().line(), c.span().column(), c.text()));
        StringBuilder out = new StringBuilder();
        int lines = (int) text.lines().count();
        for (int line = 1; line <= lines; line++) {
            List<int[]> onLine = pieces.getOrDefault(line, List.of());
            if (onLine.isEmpty()) {
                out.append("\n".repeat(1 + RANDOM.nextInt(2)));
                continue;
            }
            onLine.sort((x, y) -> Integer.compare(x[0], y[0]));
            out.append(" ".repeat(RANDOM.nextInt(6)));
            int end = -1;
            for (int[] piece : onLine) {
                String pieceText = texts.get(piece);
                if (end >= 0) {
                    boolean touching = piece[0] == end;
                    out.append(touching && RANDOM.nextBoolean() ? "" : RANDOM.nextInt(4) == 0 ? "\t" : " ".repeat(1 + RANDOM.nextInt(3)));
                }
                out.append(pieceText);
                end = piece[0] + pieceText.length();
            }
            out.append(RANDOM.nextBoolean() ? "\n" : "  \n");
        }
        return out.toString();
    }

    private static void add(Map<Integer, List<int[]>> pieces, Map<int[], String> texts, int line, int column, String text) {
        int[] key = {column};
        pieces.computeIfAbsent(line, k -> new ArrayList<>()).add(key);
        texts.put(key, text);
    }

    private static List<Request> ragRequests(int count) {
        List<Principal> who = List.of(Principal.anonymous(),
            new Principal("svc-ingest@pipelines.example.com", LOGIN, List.of("rag-pipeline"), List.of(), Map.of()),
            new Principal("svc-ingest@pipelines.example.com", LOGIN, List.of(), List.of(), Map.of()),
            new Principal("svc-reports@analytics.example.com", LOGIN, List.of(), List.of("data-eu"), Map.of("env", "prod")),
            new Principal("svc-reports@analytics.example.com", LOGIN, List.of(), List.of("data-eu"), Map.of("env", "dev")),
            new Principal("alice@example.com", LOGIN, List.of(), List.of("sre-on-call"), Map.of()),
            new Principal("mallory@evil.example", "https://evil.example", List.of(), List.of("sre-on-call"), Map.of()));
        List<Action> actions = List.of(split("dev.langchain4j.data.document.DocumentSplitter"), split("other.Splitter"),
            HttpCall.of("POST", "https://api.embeddings.example/v1/embed", Map.of()),
            HttpCall.of("GET", "https://api.embeddings.example/v1/embed", Map.of()),
            HttpCall.of("POST", "https://elsewhere.example/v1/embed", Map.of()),
            SqlCall.of("jdbc:postgresql://warehouse.internal.example/analytics"),
            SqlCall.of("jdbc:postgresql://other.internal.example/analytics"));
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> attributes = new HashMap<>();
            maybe(attributes, "arg.size", (long) RANDOM.nextInt(6_000_000));
            maybe(attributes, "payload.size", (long) RANDOM.nextInt(3_000_000));
            maybe(attributes, "sql.effects", Set.copyOf(List.of(pick(RequestFacts.SQL_EFFECT_NAMES),
                pick(RequestFacts.SQL_EFFECT_NAMES))));
            maybe(attributes, "sql.has_where", RANDOM.nextBoolean());
            maybe(attributes, "sql.parsed", RANDOM.nextInt(5) > 0);
            maybe(attributes, "sql.statements", (long) RANDOM.nextInt(3));
            if (RANDOM.nextInt(4) == 0) {
                attributes.put("result.rows", (long) RANDOM.nextInt(200_000));
            }
            requests.add(new Request(pick(who), pick(actions), attributes, randomTime()));
        }
        return requests;
    }

    private static List<Request> messyRequests(int count) {
        String issuer = "https://issuer.example";
        List<Principal> who = List.of(Principal.anonymous(),
            new Principal("svc-ingest@example.com", issuer, List.of(), List.of("data\u202eue"), Map.of("env", "prod")),
            new Principal("svc-ingest@example.com", issuer, List.of(), List.of(), Map.of("env", "prod")),
            new Principal("svc-reporting@example.com", issuer, List.of(), List.of(), Map.of()));
        List<Action> actions = List.of(split("a.Splitter"), split("b.Other"),
            HttpCall.of("POST", "https://api.embed.example/v1/x", Map.of()),
            HttpCall.of("DELETE", "https://api.embed.example/v1/x", Map.of()));
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> attributes = new HashMap<>();
            maybe(attributes, "arg.size", (long) RANDOM.nextInt(6_000));
            maybe(attributes, "payload.size", (long) RANDOM.nextInt(20_000));
            maybe(attributes, "tenant", pick(List.of("a", "b", "frozen", "abc", "z")));
            maybe(attributes, "flag", RANDOM.nextBoolean());
            maybe(attributes, "labels", RANDOM.nextBoolean() ? Set.of("x") : Set.of("y"));
            maybe(attributes, "aaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbb", "cccccccccccccccccccccccccc");
            requests.add(new Request(pick(who), pick(actions), attributes, randomTime()));
        }
        return requests;
    }

    private static EntryPointCall split(String type) {
        return new EntryPointCall(type, "split", List.of("java.lang.String"), Set.of(type));
    }

    private static Instant randomTime() {
        return Instant.parse("2026-03-09T00:00:00Z").plusSeconds(RANDOM.nextInt(7 * 86_400));
    }

    private static void maybe(Map<String, Object> attributes, String name, Object value) {
        if (RANDOM.nextInt(5) > 0) {
            attributes.put(name, value);
        }
    }

    private static <T> T pick(List<T> values) {
        return values.get(RANDOM.nextInt(values.size()));
    }
}
