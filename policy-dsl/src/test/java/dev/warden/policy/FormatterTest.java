package dev.warden.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.policy.syntax.Comment;
import dev.warden.policy.syntax.Diagnostics;
import dev.warden.policy.syntax.Lexer;
import dev.warden.policy.syntax.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** PolicyFormatter: the canonical layout, comments kept, idempotence, and files it must not touch. */
class FormatterTest {

    static String resource(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/format", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String format(String text) {
        FormatResult result = PolicyFormatter.format("test.policy", text);
        assertTrue(result.ok(), () -> "expected no syntax error, got:\n"
            + String.join("\n", result.errors().stream().map(Diagnostic::render).toList()));
        return result.text();
    }

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("../examples"))) {
            return files.filter(p -> p.toString().endsWith(".policy")).sorted().toList();
        }
    }

    @Test
    void messyFileTakesTheCanonicalLayout() {
        assertEquals(resource("messy.formatted.policy"), format(resource("messy.policy")));
    }

    @Test
    void formattingAFormattedFileChangesNothing() throws IOException {
        String once = format(resource("messy.policy"));
        assertEquals(once, format(once));
        for (Path example : examples()) {
            String formatted = format(Files.readString(example));
            assertEquals(formatted, format(formatted), example.toString());
        }
    }

    @Test
    void theExamplesAreInCanonicalLayout() throws IOException {
        for (Path example : examples()) {
            String text = Files.readString(example);
            assertEquals(text, format(text), example + " is not formatted: run `warden policy fmt examples`");
        }
    }

    @Test
    void everyCommentIsKeptInOrder() {
        String messy = resource("messy.policy");
        List<String> before = comments(messy);
        assertEquals(17, before.size());
        assertEquals(before, comments(format(messy)));
    }

    @Test
    void commentsEndingLinesOfOneBlockAreAlignedTwoSpacesPastTheLongestLine() {
        String text = format("""
            identity a {
                issuer "https://i" # the issuer
                subject "a@example.com" # the subject
                group "g"
            }
            """);
        assertEquals("""
            identity a {
                issuer  "https://i"      # the issuer
                subject "a@example.com"  # the subject
                group   "g"
            }
            """, text);
    }

    @Test
    void longConditionsBreakBeforeTheOperatorThatPassesOneHundredColumns() {
        String text = format("""
            permit p {
                principal any
                call any
                when a == "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" or b == "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb" or c == "cccccccccccccccccccccccccccccc" or d == 1
            }
            """);
        List<String> lines = text.lines().toList();
        assertEquals("    when      a == \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\" or b == \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\"", lines.get(3));
        assertEquals("              or c == \"cccccccccccccccccccccccccccccc\" or d == 1", lines.get(4));
        assertTrue(lines.stream().allMatch(l -> l.length() <= 100), text);
    }

    @Test
    void conditionsGetCanonicalSpacingAndParenthesesOnlyWhereTheyGroup() {
        String text = format("""
            permit p {
                principal any
                call any
                when ((a>1)) and(b<=2 or not c)and not(d=="x") and e in ["x","y",] and f matches "a.*" and not not g
            }
            """);
        assertEquals("    when      a > 1 and (b <= 2 or not c) and not (d == \"x\") and e in [\"x\", \"y\"] and f matches \"a.*\"",
            text.lines().toList().get(3));
        assertEquals("              and not not g", text.lines().toList().get(4));
    }

    /**
     * Found by FormatProperties: parentheses around a whole condition hid its top-level operators,
     * so a long condition stayed on one line until a second formatting (which had dropped them)
     * broke it.
     */
    @Test
    void aLongConditionWrappedWholeInParenthesesBreaksOnTheFirstFormatting() {
        String operands = "time.hour == 0 and (principal.subject == principal.subject and principal.subject == principal.issuer)";
        String wrapped = format("permit p {\n    principal any\n    endpoint any\n    unless ((" + operands + "))\n}\n");
        assertEquals(format("permit p {\n    principal any\n    endpoint any\n    unless " + operands + "\n}\n"), wrapped);
        assertEquals("              and (principal.subject == principal.subject and principal.subject == principal.issuer)",
            wrapped.lines().toList().get(4));
        assertEquals(wrapped, format(wrapped));
    }

    /**
     * Found by FormatProperties: the parentheses of {@code not (a == 1)} are a level of nesting, so
     * adding them to a condition already 64 levels deep made valid files unformattable.
     */
    @Test
    void aNegatedComparisonAtTheNestingLimitKeepsNoParenthesesThatWouldPassIt() {
        String deepest = "not ".repeat(64) + "sql.effects contains \"select\"";
        String text = format("forbid f {\n    principal any\n    datasource any\n    when " + deepest + "\n}\n");
        assertEquals("    when       " + deepest, text.lines().toList().get(3));
        assertEquals(text, format(text));
        assertEquals("    when      " + "not ".repeat(62) + "(a or not b == 1)", formattedCondition("not ".repeat(62)
            + "(a or not b == 1)"), "62 nots, the parentheses of the 'or', its 'not': 64 levels");
        assertEquals("    when      " + "not ".repeat(61) + "(a or not (b == 1))", formattedCondition("not ".repeat(61)
            + "(a or not b == 1)"));
    }

    private static String formattedCondition(String condition) {
        return format("permit p {\n    principal any\n    call any\n    when " + condition + "\n}\n").lines().toList().get(3);
    }

    @Test
    void integersKeepTheirUnderscoresAndStringsTheirCanonicalEscapes() {
        String text = format("""
            permit p {
                principal any
                call any
                when arg.size <= 5_000_000 and tenant == "\\u0041\\u00e9\\u200b\\t\\u0007"
            }
            """);
        assertTrue(text.contains("arg.size <= 5_000_000 and tenant == \"Aé\\u200b\\t\\u0007\""), text);
    }

    @Test
    void targetListsKeepTheirBracketsAndGetCanonicalSpacing() {
        String text = format("""
            credential k {
                source env "K"
                only_to [  embeddings ]
            }
            permit p {
                principal [ a ,b , ]
                endpoint embeddings
            }
            """);
        assertTrue(text.contains("    only_to [embeddings]\n"), text);
        assertTrue(text.contains("    principal [a, b]\n"), text);
        assertTrue(text.contains("    endpoint  embeddings\n"), text);
    }

    @Test
    void crlfByteOrderMarkAndTrailingSpaceGoAway() {
        String text = format("\uFEFFidentity a {  \r\n    issuer \"i\"   # x   \r\n    subject \"s\"\r\n}\r\n\r\n\r\n");
        assertEquals("identity a {\n    issuer  \"i\"  # x\n    subject \"s\"\n}\n", text);
    }

    @Test
    void emptyFilesAndFilesOfOnlyCommentsAreKept() {
        assertEquals("", format(""));
        assertEquals("", format("\n\n  \n"));
        assertEquals("# just a note\n\n# and another\n", format("  # just a note\n\n\n# and another"));
    }

    @Test
    void aFileWithSyntaxErrorsIsNotFormattedAndItsErrorsSayWhere() {
        FormatResult result = PolicyFormatter.format("broken.policy", """
            identity a {
                issuer "https://i"
                subject "a
            }
            permti p {
            }
            """);
        assertFalse(result.ok());
        assertNull(result.text());
        assertFalse(result.changes("anything"));
        assertEquals(List.of("broken.policy:3:13: P002", "broken.policy:5:1: P001"), result.errors().stream()
            .map(d -> d.file() + ":" + d.line() + ":" + d.column() + ": " + d.code()).toList());
    }

    @Test
    void semanticErrorsDoNotStopFormatting() {
        assertEquals("permit p {\n    principal nobody\n    call      nothing\n}\n",
            format("permit p { principal nobody\ncall nothing }"));
    }

    @Test
    void theLexerOnlyCollectsCommentsWhenAsked() {
        SourceFile file = new SourceFile("c.policy", "# one\nidentity a { # two\n}\n");
        List<Comment> comments = new ArrayList<>();
        assertEquals(Lexer.tokenize(file, new Diagnostics()), Lexer.tokenize(file, new Diagnostics(), comments));
        assertEquals(List.of("# one", "# two"), comments.stream().map(Comment::text).toList());
        assertEquals(List.of(true, false), comments.stream().map(Comment::ownLine).toList());
        assertEquals(2, comments.get(1).span().line());
        assertEquals(14, comments.get(1).span().column());
    }

    static List<String> comments(String text) {
        List<Comment> comments = new ArrayList<>();
        Lexer.tokenize(new SourceFile("c.policy", text), new Diagnostics(), comments);
        return comments.stream().map(c -> c.text().stripTrailing()).toList();
    }
}
