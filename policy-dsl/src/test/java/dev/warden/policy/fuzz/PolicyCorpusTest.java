package dev.warden.policy.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The mutation corpus is found, not hard-coded: if discovery breaks, the fuzzing would quietly starve. */
class PolicyCorpusTest {

    @Test
    void corpusHoldsEveryExamplePolicy() {
        List<String> origins = PolicyCorpus.examples().stream().map(PolicyCorpus.Entry::origin).toList();
        assertTrue(origins.contains(PolicyCorpus.EXAMPLES.resolve("chunking.policy").toString()), origins::toString);
    }

    @Test
    void corpusHoldsPoliciesWrittenInTheTests() {
        List<PolicyCorpus.Entry> literals = PolicyCorpus.testLiterals();
        assertTrue(literals.size() >= 10, () -> "only " + literals);
        assertTrue(literals.stream().anyMatch(e -> e.origin().contains("Policies.java")
            && e.text().startsWith("identity ingest {\n    issuer  \"https://issuer.warden.test\"\n")), literals::toString);
        assertTrue(literals.stream().noneMatch(e -> e.origin().contains("/fuzz/")), "the generators' own literals");
    }

    @Test
    void corpusHoldsEveryKindOfDeclaration() {
        for (String keyword : dev.warden.policy.syntax.Grammar.DECLARATIONS) {
            Pattern declaration = Pattern.compile("(?m)^\\s*" + keyword + "(\\s+\\w+)?\\s*\\{");
            assertTrue(PolicyCorpus.entries().stream().anyMatch(e -> declaration.matcher(e.text()).find()),
                () -> "no policy in the corpus declares " + keyword);
        }
    }

    @Test
    void textBlocksAndEscapesDecodeAsTheCompilerDoes() {
        String java = "class X {\n  // \"not a literal\"\n  char q = '\"';\n  String a = \"permit x {\\n}\\t\\\"q\\\"\";\n"
            + "  String b = \"\"\"\n      identity i {\n        issuer \"\\\\u0041\"\n      }\n      \"\"\";\n}\n";
        assertEquals(List.of("permit x {\n}\t\"q\"", "identity i {\n  issuer \"\\u0041\"\n}\n"), JavaStringLiterals.in(java));
    }

    @Test
    void unicodeEscapesOutsideEscapedBackslashesAreTranslatedFirst() {
        assertEquals(List.of("\uFEFFx", "\\u0041"), JavaStringLiterals.in("a = \"\\uFEFFx\"; b = \"\\\\u0041\";"));
    }
}
