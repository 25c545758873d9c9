package dev.warden.policy;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Helpers shared by the policy tests: compile sources, collect diagnostics, build requests. */
final class Policies {
    static final String ISSUER = "https://issuer.warden.test";
    static final String SPLITTER = "dev.langchain4j.data.document.DocumentSplitter";

    /** Two identities and an entrypoint, for tests that only vary the rules. */
    static final String DECLARATIONS = """
        identity ingest {
            issuer  "https://issuer.warden.test"
            subject "svc-ingest@warden.test"
        }
        identity reporting {
            issuer  "https://issuer.warden.test"
            subject "svc-reporting@warden.test"
        }
        entrypoint split_documents {
            method "dev.langchain4j.data.document.DocumentSplitter#split"
        }
        """;

    private Policies() {
    }

    static PolicySet compile(String source) {
        try {
            return PolicyLoader.parse("test.policy", source);
        } catch (PolicyException e) {
            throw new AssertionError("expected the policy to compile, got:\n" + e.getMessage(), e);
        }
    }

    /** Several files compiled as one set, expected to have no error. */
    static PolicySet errorsFree(Map<String, String> sources) {
        try {
            return PolicyLoader.parse(sources);
        } catch (PolicyException e) {
            throw new AssertionError("expected the policy to compile, got:\n" + e.getMessage(), e);
        }
    }

    /** {@link #DECLARATIONS} plus {@code rules}. */
    static PolicySet withRules(String rules) {
        return compile(DECLARATIONS + rules);
    }

    static List<Diagnostic> errors(String source) {
        return assertThrows(PolicyException.class, () -> PolicyLoader.parse("test.policy", source)).diagnostics();
    }

    static List<Diagnostic> errors(Map<String, String> sources) {
        return assertThrows(PolicyException.class, () -> PolicyLoader.parse(sources)).diagnostics();
    }

    static Principal principal(String subject) {
        return Principal.verified(subject, ISSUER);
    }

    static EntryPointCall split() {
        return new EntryPointCall("dev.langchain4j.data.document.splitter.DocumentByParagraphSplitter", "split",
            List.of("dev.langchain4j.data.document.Document"),
            Set.of("dev.langchain4j.data.document.splitter.DocumentByParagraphSplitter", SPLITTER, "java.lang.Object"));
    }

    static Request request(Principal principal, Map<String, Object> attributes) {
        return new Request(principal, split(), attributes);
    }

    static Request request(String subject, Map<String, Object> attributes) {
        return request(principal(subject), attributes);
    }

    static Request request(String subject) {
        return request(principal(subject), Map.of());
    }

    /** An HTTP request by {@code subject} at the epoch. */
    static Request http(String subject, String method, String url) {
        return new Request(principal(subject), HttpCall.of(method, url, Map.of()), Map.of(), java.time.Instant.EPOCH);
    }

    /** SQL by {@code subject} on {@code jdbcUrl}, with the classifier's facts. */
    static Request sql(String subject, String jdbcUrl, Map<String, Object> facts) {
        return new Request(principal(subject), SqlCall.of(jdbcUrl), facts, java.time.Instant.EPOCH);
    }

    /** The facts of a single SELECT with a WHERE. */
    static Map<String, Object> select() {
        return Map.of("sql.effects", Set.of("select"), "sql.has_where", true, "sql.parsed", true, "sql.statements", 1L);
    }
}
