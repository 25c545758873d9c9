package dev.warden.policy;

import static dev.warden.policy.Policies.DECLARATIONS;
import static dev.warden.policy.Policies.errors;
import static dev.warden.policy.SyntaxDiagnosticsTest.CLAUSE_LINE;
import static dev.warden.policy.SyntaxDiagnosticsTest.assertAt;
import static dev.warden.policy.SyntaxDiagnosticsTest.only;
import static dev.warden.policy.SyntaxDiagnosticsTest.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Name resolution, required members, method strings, globs and condition types. */
class CheckDiagnosticsTest {

    private static String ruleWith(String principal, String call) {
        return DECLARATIONS + "permit r {\n    principal " + principal + "\n    call " + call + "\n}\n";
    }

    /**
     * Found by the fuzz tests: a message quoting a decoded string ran over two lines when the
     * string held an escaped line break, so "file:line:col: message" was no longer one line.
     */
    @Test
    void aMessageQuotingDecodedTextStaysOnOneLine() {
        String source = "entrypoint e {\n    method \"a.B#c(int, x\\ny)\"\n}\n";
        Diagnostic d = only(errors(source));
        assertAt(d, "P020", 2, 12);
        assertEquals("'\\n' cannot appear in a parameter type (in \"a.B#c(int, x\\ny)\")", d.message());
        assertEquals(4, d.render().split("\n").length, d::render);
    }

    @Test
    void misspeltIdentityIsP010WithDidYouMean() {
        Diagnostic d = only(errors(ruleWith("ingst", "split_documents")));
        assertAt(d, "P010", 13, 15);
        assertEquals("""
            test.policy:13:15: error[P010]: unknown identity 'ingst'
                    principal ingst
                              ^^^^^
                = help: did you mean 'ingest'?""", d.render());
    }

    @Test
    void unknownNameWithNothingCloseSuggestsDeclaringIt() {
        Diagnostic d = only(errors(ruleWith("ingest", "[split_documents, summarize]")));
        assertAt(d, "P010", 14, 28);
        assertEquals("declare it: entrypoint summarize { ... }", d.hint());
    }

    @Test
    void unknownArgAttributeIsP010WithDidYouMean() {
        Diagnostic d = only(errors(rule("    when arg.sise > 3\n")));
        assertAt(d, "P010", CLAUSE_LINE, 10);
        assertEquals(8, d.length());
        assertEquals("did you mean 'arg.size'?", d.hint());
    }

    @Test
    void duplicateNameAcrossFilesIsP011PointingAtTheFirst() {
        String other = "identity ingest {\n    issuer \"x\"\n    subject \"y\"\n}\n";
        Diagnostic d = only(errors(Map.of("a.policy", DECLARATIONS, "b.policy", other)));
        assertEquals("b.policy", d.file());
        assertAt(d, "P011", 1, 10);
        assertEquals("""
            b.policy:1:10: error[P011]: 'ingest' is already declared
                identity ingest {
                         ^^^^^^
                = help: first declared as an identity at a.policy:1:10; names are shared by every declaration in every file of the set""",
            d.render());
    }

    @Test
    void ruleNamedLikeAnIdentityIsP011() {
        assertAt(only(errors(DECLARATIONS + "forbid ingest {\n    principal any\n    call any\n}\n")), "P011", 12, 8);
    }

    @Test
    void entrypointWhereIdentityBelongsIsP012() {
        Diagnostic d = only(errors(ruleWith("split_documents", "split_documents")));
        assertAt(d, "P012", 13, 15);
        assertEquals("'split_documents' is an entrypoint, but 'principal' needs an identity", d.message());
    }

    @Test
    void secondPrincipalClauseIsP013() {
        Diagnostic d = only(errors(rule("    principal reporting\n")));
        assertAt(d, "P013", CLAUSE_LINE, 5);
        assertEquals("list several names in one clause: principal [a, b]", d.hint());
    }

    @Test
    void secondIssuerIsP013() {
        assertAt(only(errors("identity a {\n    issuer \"x\"\n    issuer \"y\"\n    subject \"s\"\n}\n")), "P013", 3, 5);
    }

    @Test
    void identityWithoutSubjectIsP014() {
        Diagnostic d = only(errors("identity a {\n    issuer \"x\"\n}\n"));
        assertAt(d, "P014", 1, 10);
        assertEquals("identity 'a' has no subject", d.message());
    }

    @Test
    void ruleWithoutCallIsP014SuggestingCallAny() {
        Diagnostic d = only(errors(DECLARATIONS + "forbid r {\n    principal any\n}\n"));
        assertAt(d, "P014", 12, 8);
        assertEquals("rule 'r' has no 'call', 'endpoint' or 'datasource' clause", d.message());
        assertEquals("say what it applies to, e.g. 'call any' (entry points), 'endpoint any' or 'datasource any'", d.hint());
    }

    @Test
    void entrypointWithoutMethodIsP014() {
        assertAt(only(errors("entrypoint e {\n}\n")), "P014", 1, 12);
    }

    @Test
    void misspeltClauseIsP015WithDidYouMean() {
        Diagnostic d = only(errors(DECLARATIONS + "permit r {\n    principl ingest\n    call split_documents\n}\n"));
        assertAt(d, "P015", 13, 5);
        assertEquals("unknown clause 'principl' in permit 'r'", d.message());
        assertEquals("did you mean 'principal'?", d.hint());
    }

    @Test
    void unknownIdentityFieldIsP015() {
        Diagnostic d = only(errors("identity a {\n    issuer \"x\"\n    subjct \"s\"\n}\n"));
        assertAt(d, "P015", 3, 5);
        assertEquals("did you mean 'subject'?", d.hint());
    }

    @Test
    void methodWithoutHashIsP020() {
        Diagnostic d = only(errors("entrypoint e {\n    method \"a.B.c\"\n}\n"));
        assertAt(d, "P020", 2, 13);
        assertEquals("""
            test.policy:2:13: error[P020]: method "a.B.c" has no '#' between class and method
                    method "a.B.c"
                            ^^^^^
                = help: write it as "pkg.Class#method" or "pkg.Class#method(pkg.Type, int)\"""", d.render());
    }

    @Test
    void badCharacterInClassNameIsP020AtThatCharacter() {
        Diagnostic d = only(errors("entrypoint e {\n    method \"a.B-x#c\"\n}\n"));
        assertAt(d, "P020", 2, 16);
        assertEquals("'-' cannot appear in a class name (in \"a.B-x#c\")", d.message());
    }

    @Test
    void unclosedParameterListIsP020() {
        assertAt(only(errors("entrypoint e {\n    method \"a.B#c(int\"\n}\n")), "P020", 2, 18);
    }

    @Test
    void emptyParameterTypeIsP020() {
        assertAt(only(errors("entrypoint e {\n    method \"a.B#c(int, )\"\n}\n")), "P020", 2, 24);
    }

    @Test
    void tripleStarInSubjectIsP021() {
        Diagnostic d = only(errors("identity a {\n    issuer \"x\"\n    subject \"svc-***\"\n}\n"));
        assertAt(d, "P021", 3, 18);
        assertEquals(3, d.length());
    }

    @Test
    void emptyIssuerIsP021() {
        assertAt(only(errors("identity a {\n    issuer \"\"\n    subject \"s\"\n}\n")), "P021", 2, 12);
    }

    @Test
    void orderingAStringIsP031() {
        Diagnostic d = only(errors(rule("    when principal.subject <= 3\n")));
        assertAt(d, "P031", CLAUSE_LINE, 10);
        assertEquals("'<=' compares integers, but principal.subject is a string", d.message());
    }

    @Test
    void comparingStringWithIntegerIsP031AtTheOperator() {
        Diagnostic d = only(errors(rule("    when principal.claim.level == 3\n")));
        assertAt(d, "P031", CLAUSE_LINE, 32);
        assertEquals("cannot compare a string (principal.claim.level) with an integer (3)", d.message());
    }

    @Test
    void integerAttributeAloneIsNotAConditionP031() {
        assertAt(only(errors(rule("    when arg.size\n"))), "P031", CLAUSE_LINE, 10);
    }

    @Test
    void unknownPrincipalFactIsP032WithDidYouMean() {
        Diagnostic d = only(errors(rule("    when principal.subjet == \"x\"\n")));
        assertAt(d, "P032", CLAUSE_LINE, 10);
        assertEquals("did you mean 'principal.subject'?", d.hint());
    }

    @Test
    void claimWithoutNameIsP032() {
        assertAt(only(errors(rule("    when principal.claim == \"x\"\n"))), "P032", CLAUSE_LINE, 10);
    }

    @Test
    void comparingGroupsIsP033() {
        Diagnostic d = only(errors(rule("    unless principal.groups == \"x\"\n")));
        assertAt(d, "P033", CLAUSE_LINE, 12);
        assertEquals("write: principal.groups contains \"group-name\"", d.hint());
    }

    @Test
    void containsOnSomethingElseIsP033() {
        assertAt(only(errors(rule("    when principal.subject contains \"x\"\n"))), "P033", CLAUSE_LINE, 10);
    }

    @Test
    void everyCheckErrorIsReportedInOnePassInSourceOrder() {
        List<Diagnostic> all = errors(DECLARATIONS + """
            permit r {
                principal ingst
                call ingest
                when principal.subjet == "x"
                unless arg.sise > 3
            }
            forbid q {
            }
            """);
        assertEquals(List.of("P010@13", "P012@14", "P032@15", "P010@16", "P014@18", "P014@18"),
            all.stream().map(d -> d.code() + "@" + d.line()).toList());
    }
}
