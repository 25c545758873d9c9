package dev.warden.agent.policytest;

import dev.warden.policy.Request;
import dev.warden.policy.testing.Expectation;
import dev.warden.policy.testing.PolicyTest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads request files and {@code .policytest} files, reporting every mistake in a file at once. */
public final class PolicyFiles {
    static final List<String> TEST_FILE_FIELDS = List.of("policy", "tests");
    static final List<String> TEST_FIELDS = List.of("name", "description", "request", "expect");

    private PolicyFiles() {
    }

    /** A request file: one JSON object in the request format. */
    public static Request readRequest(Path path) throws InputException {
        String text = text(path);
        Problems problems = new Problems(path.toString(), text);
        Json json = JsonParse.read(text, problems);
        Request request = json == null ? null : RequestReader.read(json, "the request", problems);
        if (problems.any()) {
            throw new InputException(problems.list());
        }
        return request;
    }

    /** A {@code .policytest} file: {@code {"policy": ..., "tests": [{"name", "request", "expect"}, ...]}}. */
    public static TestFile readTests(Path path) throws InputException {
        String text = text(path);
        Problems problems = new Problems(path.toString(), text);
        Json json = JsonParse.read(text, problems);
        Fields file = json == null ? null : Fields.of(json, "a test file", problems, TEST_FILE_FIELDS);
        if (file == null) {
            throw new InputException(problems.list());
        }
        List<Path> policy = policy(file, path);
        List<PolicyTest> tests = tests(file, path);
        if (problems.any()) {
            throw new InputException(problems.list());
        }
        return new TestFile(path, policy, tests);
    }

    private static List<Path> policy(Fields file, Path path) {
        Json json = file.get("policy");
        List<String> names = json instanceof Json.Str str ? List.of(str.value()) : file.strings("policy", false);
        List<Path> paths = new ArrayList<>();
        Path base = path.getParent() != null ? path.getParent() : Path.of("");
        for (String name : names == null ? List.<String>of() : names) {
            paths.add(base.resolve(name).normalize());
        }
        return paths;
    }

    private static List<PolicyTest> tests(Fields file, Path path) {
        Json json = file.get("tests");
        if (json == null) {
            file.missing("tests", "write \"tests\": [{\"name\": ..., \"request\": {...}, \"expect\": {...}}, ...]");
            return List.of();
        }
        if (!(json instanceof Json.Arr list) || list.items().isEmpty()) {
            file.problems().add(json instanceof Json.Arr ? InputCode.T005 : InputCode.T003, json.where(),
                "\"tests\" must be a list of at least one test, found " + (json instanceof Json.Arr ? "an empty list"
                : json.describe()), null);
            return List.of();
        }
        List<PolicyTest> tests = new ArrayList<>();
        Map<String, Where> names = new HashMap<>();
        for (Json item : list.items()) {
            Fields test = Fields.of(item, "a test", file.problems(), TEST_FIELDS);
            PolicyTest read = test == null ? null : test(test, path, names);
            if (read != null) {
                tests.add(read);
            }
        }
        return tests;
    }

    private static PolicyTest test(Fields test, Path path, Map<String, Where> names) {
        String name = test.string("name", true);
        test.string("description", false);
        if (name != null) {
            Where first = names.putIfAbsent(name, test.whereOf("name"));
            if (first != null) {
                test.invalid("name", "two tests are named \"" + name + "\"", "the first is at " + first.line() + ":"
                    + first.column() + "; give each test its own name");
            }
        }
        Request request = null;
        if (test.has("request")) {
            request = RequestReader.read(test.get("request"), "the request", test.problems());
        } else {
            test.missing("request", null);
        }
        Expectation expected = null;
        if (test.has("expect")) {
            expected = ExpectationReader.read(test.get("expect"), test.problems());
        } else {
            test.missing("expect", "write what the decision must be: \"expect\": {\"effect\": \"permit\", \"rules\": [...]}");
        }
        if (name == null || request == null || expected == null) {
            return null;
        }
        return new PolicyTest(name, path + ":" + test.where().line() + ":" + test.where().column(), request, expected);
    }

    private static String text(Path path) throws InputException {
        Problems problems = new Problems(path.toString(), "");
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            problems.fileProblem(InputCode.T006, "file not found",
                "check the path; relative paths resolve against " + Path.of("").toAbsolutePath());
        } catch (CharacterCodingException e) {
            problems.fileProblem(InputCode.T006, "the file is not valid UTF-8", "save it as UTF-8");
        } catch (IOException e) {
            problems.fileProblem(InputCode.T006, "cannot read the file: " + e, null);
        }
        throw new InputException(problems.list());
    }
}
