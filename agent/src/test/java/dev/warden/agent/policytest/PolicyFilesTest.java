package dev.warden.agent.policytest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.policy.Diagnostic;
import dev.warden.policy.Effect;
import dev.warden.policy.EntryPointCall;
import dev.warden.policy.HttpCall;
import dev.warden.policy.Injection;
import dev.warden.policy.Principal;
import dev.warden.policy.Request;
import dev.warden.policy.RequestFacts;
import dev.warden.policy.SqlCall;
import dev.warden.policy.testing.Expectation;
import dev.warden.policy.testing.ExpectedInjection;
import dev.warden.policy.testing.PolicyTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Request and .policytest files: what they say, and every mistake reported with its place. */
class PolicyFilesTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<String> problems(ThrowingRead read) {
        InputException e = assertThrows(InputException.class, read::run);
        return e.problems().stream().map(d -> d.line() + ":" + d.column() + " " + d.code() + " " + d.message()).toList();
    }

    interface ThrowingRead {
        void run() throws Exception;
    }

    @Test
    void aCallRequestWithEveryPart() throws Exception {
        Request request = PolicyFiles.readRequest(write("r.json", """
            {
              "principal": {"subject": "svc@example.com", "issuer": "https://login.example.com",
                            "audiences": ["rag"], "groups": ["data-eu"], "claims": {"env": "prod"}},
              "call": {"method": "a.Impl#split(a.Document)", "supertypes": ["a.Splitter"]},
              "attributes": {"arg.size": 1200, "tenant": "acme", "dry_run": true, "labels": ["x", "y"]},
              "time": "2026-03-10T10:00:00+01:00"
            }
            """));
        assertEquals(new Request(new Principal("svc@example.com", "https://login.example.com", List.of("rag"),
                List.of("data-eu"), Map.of("env", "prod")),
            new EntryPointCall("a.Impl", "split", List.of("a.Document"), Set.of("a.Impl", "a.Splitter")),
            Map.of("arg.size", 1200L, "tenant", "acme", "dry_run", true, "labels", Set.of("x", "y")),
            Instant.parse("2026-03-10T09:00:00Z")), request);
    }

    @Test
    void httpAndSqlRequestsAndTheDefaultTime() throws Exception {
        Request http = PolicyFiles.readRequest(write("h.json", """
            {"principal": "anonymous",
             "http": {"method": "post", "url": "https://API.example/v1/../x", "headers": {"Content-Type": "text/plain"}},
             "attributes": {"payload.size": 10}}
            """));
        assertEquals(new Request(Principal.anonymous(), HttpCall.of("POST", "https://api.example/x",
            Map.of("content-type", "text/plain")), Map.of("payload.size", 10L), Instant.EPOCH), http);
        Request sql = PolicyFiles.readRequest(write("s.json", """
            {"principal": {"subject": "a", "issuer": "i"},
             "sql": {"url": "jdbc:postgresql://db.example/sales", "effects": ["delete"], "tables": ["Customers"],
                     "has_where": false, "parsed": true, "statements": 2},
             "result": {"rows": 7}}
            """));
        assertEquals(SqlCall.of("jdbc:postgresql://db.example:5432/sales"), sql.action());
        assertEquals(Map.of("sql.effects", Set.of("delete"), "sql.tables", Set.of("customers"), "sql.has_where", false,
            "sql.parsed", true, "sql.statements", 2L, "result.rows", 7L), sql.attributes());
        assertTrue(sql.hasResult());
    }

    @Test
    void aTestFileWithItsPolicyAndExpectations() throws Exception {
        Path file = write("t.policytest", """
            {
              "policy": ["a.policy", "sub"],
              "tests": [
                {
                  "name": "embeds with the key",
                  "description": "what this checks",
                  "request": {"principal": "anonymous", "http": {"method": "POST", "url": "https://e.example/v1/x"}},
                  "expect": {"effect": "permit", "rules": ["may_embed"], "masks": ["pii"],
                             "injections": [{"credential": "key", "into": "header", "header": "X-Api-Key"},
                                            {"credential": "other", "into": "bearer"}],
                             "approvals": [], "monitor_only": false}
                },
                {
                  "name": "default deny",
                  "request": {"principal": "anonymous", "call": {"method": "a.B#c()"}},
                  "expect": {"effect": "DENY", "rules": [], "monitor_only": true}
                }
              ]
            }
            """);
        TestFile tests = PolicyFiles.readTests(file);
        assertEquals(List.of(dir.resolve("a.policy"), dir.resolve("sub")), tests.policy());
        assertEquals(2, tests.tests().size());
        PolicyTest first = tests.tests().get(0);
        assertEquals("embeds with the key", first.name());
        assertEquals(file + ":4:5", first.where());
        assertEquals(new Expectation(Effect.PERMIT, Set.of("may_embed"), Set.of("pii"),
            Set.of(new ExpectedInjection("key", Injection.Slot.HEADER, "x-api-key"),
                new ExpectedInjection("other", Injection.Slot.BEARER, null)), Set.of(), false), first.expected());
        assertEquals(new Expectation(Effect.DENY, Set.of(), Set.of(), Set.of(), Set.of(), true),
            tests.tests().get(1).expected());
        assertEquals("default deny", tests.test("default deny").orElseThrow().name());
    }

    @Test
    void everyMistakeInATestFileIsReportedWithItsPlace() throws IOException {
        Path file = write("bad.policytest", """
            {
              "policy": "a.policy",
              "tests": [
                {"name": "one",
                 "requets": {},
                 "expect": {"effect": "permitt", "rules": "x"}},
                {"name": "one",
                 "request": {"principal": {"subject": 3}, "http": {"method": "GET", "url": "ftp://x"},
                             "call": {"method": "a.B#c()"}},
                 "expect": {"effect": "deny", "rules": [], "injections": [{"credential": "k", "into": "cookie"}]}},
                {"name": "three",
                 "request": {"principal": "nobody", "sql": {"url": "jdbc:postgresql://a,b/db", "effects": ["delet"]},
                             "attributes": {"sql.parsed": true, "arg.size": -1, "result.rows": 3, "x": 1.5},
                             "time": "yesterday"},
                 "expect": {"effect": "approval_required", "rules": ["r"], "monitor_only": "no"}}
              ]
            }
            """);
        assertEquals(List.of(
            "5:6 T002 unknown field \"requets\" in a test",
            "4:5 T004 a test has no \"request\"",
            "6:27 T005 \"effect\" in \"expect\" must be one of permit, deny, approval_required, found \"permitt\"",
            "6:47 T003 \"rules\" in \"expect\" must be a list of strings [\"a\", \"b\"], found the string \"x\"",
            "7:14 T005 two tests are named \"one\"",
            "8:43 T003 \"subject\" in \"principal\" must be a string, found the number 3",
            "8:31 T004 \"principal\" has no \"issuer\"",
            "8:55 T004 a request has one action, and this one gives both \"call\" and \"http\"",
            "10:91 T005 \"into\" in an injection must be one of bearer, password, header, found \"cookie\"",
            "12:31 T005 \"principal\" is \"anonymous\" or an object, found the string \"nobody\"",
            "12:95 T005 \"effects\" in \"sql\" must hold only " + String.join(", ", RequestFacts.SQL_EFFECT_NAMES)
                + ", found \"delet\"",
            "12:56 T005 \"jdbc:postgresql://a,b/db\" is not a JDBC URL Warden accepts: ",
            "13:33 T005 \"sql.parsed\" cannot be given as an attribute",
            "13:65 T003 attribute \"arg.size\" must be a whole number of at least 0, found the number -1",
            "13:69 T005 \"result.rows\" cannot be given as an attribute",
            "13:92 T003 attribute \"x\" must be a whole number, a string, true, false or a list of strings, found the number 1.5",
            "14:26 T005 \"yesterday\" is not an instant",
            "15:80 T003 \"monitor_only\" in \"expect\" must be true or false, found the string \"no\""),
            problems(() -> PolicyFiles.readTests(file)).stream().map(p -> p.contains("JDBC URL")
                ? p.substring(0, p.indexOf("accepts: ") + 9) : p).toList());
    }

    @Test
    void problemsRenderWithTheLineACaretAndAHint() throws IOException {
        Path file = write("r.json", "{\"principal\": \"anonymous\",\n \"call\": {\"methd\": \"a.B#c()\"}}\n");
        InputException e = assertThrows(InputException.class, () -> PolicyFiles.readRequest(file));
        Diagnostic unknown = e.problems().get(0);
        assertEquals(file + ":2:11: error[T002]: unknown field \"methd\" in \"call\"\n"
            + "     \"call\": {\"methd\": \"a.B#c()\"}}\n"
            + "              ^^^^^^^\n"
            + "    = help: did you mean 'method'?", unknown.render());
        assertEquals("T004", e.problems().get(1).code());
    }

    @Test
    void aValueThatIsNoneOfItsChoicesNamesTheFieldTheChoicesAndTheClosestOne() throws IOException {
        Path file = write("r.json", "{\"principal\": \"anonymous\", \"sql\": {\"url\": \"jdbc:h2:mem:x\", "
            + "\"effects\": [\"selct\"]}}");
        InputException e = assertThrows(InputException.class, () -> PolicyFiles.readRequest(file));
        assertEquals("did you mean 'select'?", e.problems().get(0).hint());
        Path tests = write("t.policytest", "{\"tests\": [{\"name\": \"a\", \"request\": {\"principal\": \"anonymous\", "
            + "\"call\": {\"method\": \"a.B#c()\"}}, \"expect\": {\"effect\": \"allow\", \"rules\": []}}]}");
        Diagnostic effect = assertThrows(InputException.class, () -> PolicyFiles.readTests(tests)).problems().get(0);
        assertEquals("\"effect\" in \"expect\" must be one of permit, deny, approval_required, found \"allow\"",
            effect.message());
        assertEquals(null, effect.hint());
        Path shouted = write("u.policytest", "{\"tests\": [{\"name\": \"a\", \"request\": {\"principal\": \"anonymous\", "
            + "\"call\": {\"method\": \"a.B#c()\"}}, \"expect\": {\"effect\": \"PERMT\", \"rules\": []}}]}");
        assertEquals("did you mean 'permit'?",
            assertThrows(InputException.class, () -> PolicyFiles.readTests(shouted)).problems().get(0).hint(),
            "effects are matched without regard to case, so suggestions are too");
    }

    @Test
    void jsonSyntaxErrorsAreSaidPlainlyWithoutJacksonInternals() throws IOException {
        String[][] cases = {
            {"{\"principal\": , }", "1:15 expected a value, found ','"},
            {"{\"a\": 1,}", "1:9 expected another field after ',', found '}'"},
            {"{\"a\": 1 \"b\": 2}", "1:9 expected ',' or '}' after the field's value, found '\"'"},
            {"{\"a\": [1 2]}", "1:10 expected ',' or ']' after the list item, found '2'"},
            {"{\"a\" 1}", "1:6 expected ':' after the field name, found '1'"},
            {"{\"a\": [1}", "1:9 '}' cannot close the list that starts at 1:7"},
            {"{\"a\": 1}}", "1:9 '}' closes nothing: no object is open here"},
            {"{\n  \"a\": {\"b\": 1}\n", "3:1 the file ends before the object that starts at 1:1 is closed"},
            {"{\"a\": [1,", "1:10 the file ends inside a list"},
            {"{\"a\": \"x", "1:9 the file ends inside a string"},
            {"{'a': 1}", "1:2 a field name is written in double quotes, not single quotes"},
            {"{a: 1}", "1:2 expected a field name in double quotes, found 'a'"},
            {"{\"a\": yes}", "1:7 'yes' is not a JSON value"},
            {"{\"a\": \"x\u0001\"}", "1:9 a string holds the control character U+0001"},
            {"{\"a\": \"\\x\"}", "1:9 '\\x' is not a JSON escape"},
            {"{\"a\": 01}", "1:8 not a JSON number"},
            {"{\"a\": +1}", "1:8 not a JSON number"},
            {"// note\n{}", "1:1 JSON has no comments"},
            {"[".repeat(1001), "1:1 objects and lists nest more than 1000 levels deep"},
        };
        for (String[] c : cases) {
            InputException e = assertThrows(InputException.class, () -> PolicyFiles.readRequest(write("s.json", c[0])));
            Diagnostic d = e.problems().get(0);
            assertEquals(c[1], d.line() + ":" + d.column() + " " + d.message(), c[0]);
            String rendered = d.render();
            for (String leak : List.of("Source", "REDACTED", "code ", "Feature", "`", "Jackson", "CTRL-CHAR", "token")) {
                assertTrue(!rendered.contains(leak), rendered);
            }
        }
    }

    @Test
    void notJsonDuplicateFieldsAndTrailingContentAreT001() throws IOException {
        assertEquals(List.of("1:15 T001 expected a value, found ','"),
            problems(() -> PolicyFiles.readRequest(write("a.json", "{\"principal\": , }"))));
        assertEquals(List.of("1:28 T001 field \"principal\" is given twice"),
            problems(() -> PolicyFiles.readRequest(write("b.json", "{\"principal\": \"anonymous\", \"principal\": 1}"))));
        assertEquals(List.of("1:4 T001 unexpected content after the end of the JSON document"),
            problems(() -> PolicyFiles.readRequest(write("c.json", "{} {}"))));
        assertEquals(List.of("1:1 T001 the file is empty"), problems(() -> PolicyFiles.readRequest(write("d.json", " "))));
    }

    @Test
    void anEmptyTestListAndAnUnreadableFileAreReported() throws IOException {
        assertEquals(List.of("1:11 T005 \"tests\" must be a list of at least one test, found an empty list"),
            problems(() -> PolicyFiles.readTests(write("e.policytest", "{\"tests\": []}"))));
        assertEquals(List.of("0:0 T006 file not found"), problems(() -> PolicyFiles.readTests(dir.resolve("none"))));
        Path latin1 = dir.resolve("l.json");
        Files.write(latin1, new byte[] {'{', '"', (byte) 0xE9, '"', '}'});
        assertEquals(List.of("0:0 T006 the file is not valid UTF-8"), problems(() -> PolicyFiles.readRequest(latin1)));
    }
}
