package dev.warden.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.policy.syntax.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact rendering (file:line:col, source line, caret, code, hint) of the diagnostics of the
 * language's declarations, rules and lints. Each case in {@code diagnostics.golden} is a set of
 * rules appended to {@code diagnostics-declarations.policy}, then '---', then every diagnostic.
 */
class GoldenDiagnosticsTest {
    private static final Path DIR = Path.of("src/test/resources");

    record Case(String title, String source, String expected) {
        @Override
        public String toString() {
            return title;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        String[] blocks = Files.readString(DIR.resolve("diagnostics.golden")).split("(?m)^### ");
        for (String block : blocks) {
            if (block.isBlank()) {
                continue;
            }
            int titleEnd = block.indexOf('\n');
            int separator = block.indexOf("\n---\n");
            cases.add(new Case(block.substring(0, titleEnd), block.substring(titleEnd + 1, separator + 1),
                block.substring(separator + 5).strip()));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersExactly(Case c) throws IOException {
        String declarations = Files.readString(DIR.resolve("diagnostics-declarations.policy"));
        CheckResult result = PolicyLoader.check("test.policy", declarations + c.source());
        String rendered = String.join("\n", result.diagnostics().stream().map(Diagnostic::render).toList());
        assertEquals(c.expected(), rendered);
        assertEquals(result.errors().isEmpty(), result.ok(), "a set is compiled exactly when it has no error");
    }

    @Test
    void everyCodeHasAnExampleHereOrInTheSyntaxAndCheckTests() throws IOException {
        Set<Code> seen = EnumSet.noneOf(Code.class);
        List<Path> sources = List.of(DIR.resolve("diagnostics.golden"),
            Path.of("src/test/java/dev/warden/policy/SyntaxDiagnosticsTest.java"),
            Path.of("src/test/java/dev/warden/policy/CheckDiagnosticsTest.java"),
            Path.of("src/test/java/dev/warden/policy/LoaderTest.java"));
        Pattern code = Pattern.compile("\\b([PW]\\d{3})\\b");
        for (Path source : sources) {
            Matcher m = code.matcher(Files.readString(source));
            while (m.find()) {
                seen.add(Code.valueOf(m.group(1)));
            }
        }
        Set<Code> missing = EnumSet.complementOf(EnumSet.copyOf(seen));
        assertTrue(missing.isEmpty(), "codes without a test: " + missing);
    }

    @Test
    void warningsDoNotRejectASet() throws IOException {
        String declarations = Files.readString(DIR.resolve("diagnostics-declarations.policy"));
        CheckResult result = PolicyLoader.check("test.policy", declarations
            + "permit p {\n    principal ingest\n    call split_documents\n}\nforbid f {\n    principal any\n    call any\n}\n");
        assertTrue(result.ok());
        assertEquals(List.of("W001"), result.warnings().stream().map(Diagnostic::code).toList());
        assertEquals(Severity.WARNING, result.warnings().get(0).severity());
    }
}
