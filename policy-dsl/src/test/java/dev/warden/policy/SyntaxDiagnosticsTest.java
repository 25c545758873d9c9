package dev.warden.policy;

import static dev.warden.policy.Policies.DECLARATIONS;
import static dev.warden.policy.Policies.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lexer and parser errors: code, position, rendered caret and hint. */
class SyntaxDiagnosticsTest {

    static Diagnostic only(List<Diagnostic> diagnostics) {
        assertEquals(1, diagnostics.size(), () -> "expected one diagnostic, got " + diagnostics);
        return diagnostics.get(0);
    }

    static void assertAt(Diagnostic d, String code, int line, int column) {
        assertEquals(code + " at " + line + ":" + column, d.code() + " at " + d.line() + ":" + d.column(), d::render);
    }

    static String rule(String clauses) {
        return DECLARATIONS + "permit r {\n    principal ingest\n    call split_documents\n" + clauses + "}\n";
    }

    /** Line of the first clause {@link #rule} adds after its principal and call lines. */
    static final int CLAUSE_LINE = 15;

    @Test
    void misspeltDeclarationKeywordIsP001WithSuggestion() {
        Diagnostic d = only(errors("permti x {\n}\n"));
        assertAt(d, "P001", 1, 1);
        assertEquals("""
            test.policy:1:1: error[P001]: expected a declaration (identity, entrypoint, endpoint, datasource, credential, approvers, policy, permit, forbid, require_approval, mask, inject), found 'permti'
                permti x {
                ^^^^^^
                = help: did you mean 'permit'?""", d.render());
    }

    @Test
    void missingNameAfterKeywordIsP001() {
        Diagnostic d = only(errors("identity {\n}\n"));
        assertAt(d, "P001", 1, 10);
        assertEquals("expected a name after 'identity', found '{'", d.message());
    }

    @Test
    void unterminatedStringIsP002AndUnderlinesToEndOfLine() {
        Diagnostic d = only(errors("identity a {\n    issuer \"abc\n    subject \"x\"\n}\n"));
        assertAt(d, "P002", 2, 12);
        assertEquals("""
            test.policy:2:12: error[P002]: string is not closed
                    issuer "abc
                           ^^^^
                = help: add a closing '"' before the end of the line""", d.render());
    }

    @Test
    void unknownEscapeIsP003() {
        Diagnostic d = only(errors("identity a {\n    issuer \"a\\qb\"\n    subject \"x\"\n}\n"));
        assertAt(d, "P003", 2, 14);
        assertEquals(2, d.length());
        assertEquals("unknown escape '\\q'", d.message());
    }

    /** Found while fuzzing: a backslash before a real NUL was dropped without a word. */
    @Test
    void backslashBeforeANulCharacterIsP003ShowingTheCodePoint() {
        Diagnostic d = only(errors("identity a {\n    issuer \"a\\\0b\"\n    subject \"x\"\n}\n"));
        assertAt(d, "P003", 2, 14);
        assertEquals("unknown escape: '\\' followed by U+0000", d.message());
    }

    /** Found while fuzzing: an emoji was two errors, each quoting half of it. */
    @Test
    void aCharacterOutsideTheBasicPlaneIsOneP004() {
        Diagnostic d = only(errors(rule("    when arg.size > 1 \uD83D\uDE00\n")));
        assertAt(d, "P004", CLAUSE_LINE, 23);
        assertEquals(2, d.length());
        assertEquals("unexpected character '\uD83D\uDE00' (U+1F600 GRINNING FACE)", d.message());
    }

    /** A letter that looks like an ASCII one is named, or "unexpected character 'а'" reads as nonsense. */
    @Test
    void aLookAlikeLetterIsNamedWithItsCodePoint() {
        Diagnostic d = errors(rule("    when arg.size > 1 \u0430nd arg.size < 9\n")).get(0);
        assertEquals("P004", d.code());
        assertEquals("unexpected character '\u0430' (U+0430 CYRILLIC SMALL LETTER A)", d.message());
    }

    @Test
    void anInvisibleCharacterIsShownAsItsCodePoint() {
        Diagnostic d = only(errors(rule("    when arg.size > 1 \uFEFF\n")));
        assertEquals("unexpected character U+FEFF", d.message());
    }

    /** Found by the fuzz tests: thousands of levels overflowed the parser's stack (see NestingDepthTest). */
    @Test
    void conditionNestedDeeperThan64LevelsIsOneP006AtTheFirstLevelTooDeep() {
        String when = "    when " + "(".repeat(10_000) + "true" + ")".repeat(10_000) + "\n";
        Diagnostic d = only(errors(rule(when)));
        assertAt(d, "P006", CLAUSE_LINE, 10 + 64);
        assertEquals("condition is nested more than 64 levels deep", d.message());
    }

    @Test
    void shortUnicodeEscapeIsP003() {
        assertAt(only(errors("identity a {\n    issuer \"\\u12\"\n    subject \"x\"\n}\n")), "P003", 2, 13);
    }

    @Test
    void singleEqualsIsP004WithHintAndParsingCarriesOn() {
        Diagnostic d = only(errors(rule("    when arg.size = 5\n")));
        assertAt(d, "P004", CLAUSE_LINE, 19);
        assertEquals("""
            test.policy:15:19: error[P004]: unexpected character '='
                    when arg.size = 5
                                  ^
                = help: use '==' to compare""", d.render());
    }

    @Test
    void doubleAmpersandIsP004SpanningBothCharacters() {
        Diagnostic d = only(errors(rule("    when arg.size > 1 && arg.count > 1\n")));
        assertAt(d, "P004", CLAUSE_LINE, 23);
        assertEquals(2, d.length());
        assertEquals("use 'and'", d.hint());
    }

    @Test
    void integerOutOfRangeIsP005() {
        Diagnostic d = only(errors(rule("    when arg.size <= 99999999999999999999\n")));
        assertAt(d, "P005", CLAUSE_LINE, 22);
        assertEquals(20, d.length());
    }

    @Test
    void reservedWordAsNameIsP016() {
        Diagnostic d = only(errors("identity any {\n    issuer \"i\"\n    subject \"s\"\n}\n"));
        assertAt(d, "P016", 1, 10);
        assertEquals("'any' is a reserved word and cannot be a name", d.message());
    }

    @Test
    void mixingAndWithOrWithoutParenthesesIsP030AtTheSecondOperator() {
        Diagnostic d = only(errors(rule("    when arg.size > 1 and arg.count < 2 or arg.size == 3\n")));
        assertAt(d, "P030", CLAUSE_LINE, 41);
        assertEquals("""
            test.policy:15:41: error[P030]: 'and' and 'or' are mixed without parentheses
                    when arg.size > 1 and arg.count < 2 or arg.size == 3
                                                        ^^
                = help: add parentheses to say which comes first, e.g. (a and b) or c""", d.render());
    }

    @Test
    void parenthesesMakeMixingLegal() {
        Policies.compile(rule("    when (arg.size > 1 and arg.count < 2) or arg.size == 3\n"));
    }

    @Test
    void unclosedDeclarationAtEndOfFileIsP001AtItsName() {
        Diagnostic d = only(errors("entrypoint e {\n    method \"a.B#c\"\n"));
        assertAt(d, "P001", 1, 12);
        assertEquals("entrypoint 'e' is not closed", d.message());
    }

    @Test
    void declarationStartingBeforeTheLastOneClosedIsP001() {
        Diagnostic d = only(errors("entrypoint e {\n    method \"a.B#c\"\nentrypoint f {\n    method \"a.B#d\"\n}\n"));
        assertAt(d, "P001", 3, 1);
        assertEquals("expected '}' to close entrypoint 'e' (opened at line 1), found 'entrypoint'", d.message());
    }

    @Test
    void clauseWithoutOperandOnItsLineIsP001() {
        Diagnostic d = only(errors(DECLARATIONS + "permit r {\n    principal\n    call split_documents\n}\n"));
        assertAt(d, "P001", 13, 5);
        assertEquals("expected an identity name, 'any' or a list [a, b] after 'principal' on the same line", d.message());
    }

    @Test
    void twoNamesWithoutBracketsIsP001WithListHint() {
        Diagnostic d = only(errors(DECLARATIONS + "permit r {\n    principal ingest reporting\n    call split_documents\n}\n"));
        assertAt(d, "P001", 13, 22);
        assertEquals("put each field and clause on its own line; lists of names go in brackets: [a, b]", d.hint());
    }

    @Test
    void missingValueInConditionIsP001() {
        Diagnostic d = only(errors(rule("    when arg.size <=\n")));
        assertAt(d, "P001", CLAUSE_LINE + 1, 1);
    }

    @Test
    void declarationKeywordThatIsAlsoAClauseStartsADeclarationOnlyBeforeNameAndBrace() {
        Diagnostic d = only(errors("permit r {\n    principal any\n    call any\nendpoint e {\n    url \"https://h/**\"\n}\n"));
        assertAt(d, "P001", 4, 1);
        assertEquals("expected '}' to close permit 'r' (opened at line 1), found 'endpoint'", d.message());
        Policies.compile("endpoint e {\n    url \"https://h/**\"\n}\npermit r {\n    principal any\nendpoint e\n}\n");
    }

    @Test
    void conditionMayContinueOnTheNextLines() {
        PolicySet policy = Policies.compile(rule("    when arg.size > 1\n        and arg.count < 3\n    unless (arg.size > 50\n"
            + "        or arg.count == 0)\n"));
        assertEquals(true, policy.decide(Policies.request("svc-ingest@warden.test",
            java.util.Map.of("arg.size", 5L, "arg.count", 2L))).permitted());
        assertEquals(false, policy.decide(Policies.request("svc-ingest@warden.test",
            java.util.Map.of("arg.size", 5L, "arg.count", 0L))).permitted());
    }

    @Test
    void policyHeaderHasNoName() {
        Diagnostic d = only(errors("policy main {\n    default deny\n}\n"));
        assertAt(d, "P001", 1, 8);
        assertEquals("expected '{' after 'policy' (the file's header has no name), found 'main'", d.message());
    }

    @Test
    void everySyntaxErrorIsReportedInOnePass() {
        List<Diagnostic> all = errors("""
            identity a {
                issuer "abc
                subject "x"
            }
            permti x {
            }
            entrypoint e {
                method "a.B#c" extra
            }
            """);
        assertEquals(List.of("P002@2", "P001@5", "P001@8"),
            all.stream().map(d -> d.code() + "@" + d.line()).toList());
    }
}
