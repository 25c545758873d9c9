package dev.warden.it.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.it.fork.BuildLayout;
import dev.warden.it.fork.ProcessRun;
import dev.warden.it.fork.WardenCli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code java -jar warden-agent.jar policy check}, run from the built jar (its Jackson and picocli
 * isolated under inst/). Every example set must check clean - no error, no warning: people copy
 * them. A set is {@code examples/} itself or a directory below it that holds {@code .policy}
 * files, each loaded as the agent's {@code policy=DIR} would load it.
 */
class PolicyCheckIT {

    private final WardenCli cli = new WardenCli(BuildLayout.agentJar());

    @TestFactory
    Stream<DynamicTest> everyExampleSetChecksCleanWithTheDocumentedRevision() throws Exception {
        Path examples = BuildLayout.examplesDir();
        List<Path> sets = exampleSets(examples);
        assertTrue(sets.contains(examples), () -> "no .policy file directly in " + examples);
        return sets.stream().map(set -> DynamicTest.dynamicTest("examples/" + examples.relativize(set),
            () -> assertChecksClean(set)));
    }

    private void assertChecksClean(Path set) throws Exception {
        ProcessRun.Result result = cli.run("policy", "check", "--format", "json", set.toString());

        assertEquals(0, result.exitCode(), result::describe);
        JsonNode report = new ObjectMapper().readTree(result.stdout());
        List<String> files = new ArrayList<>();
        report.get("files").forEach(f -> files.add(f.asText()));
        assertEquals(policyFilesIn(set), files, result::describe);
        assertEquals(0, report.get("diagnostics").size(), result::describe);
        JsonNode summary = report.get("summary");
        assertTrue(summary.get("ok").asBoolean(), result::describe);
        assertEquals(documentedRevision(files), summary.get("revision").asText());
        assertEquals("", result.stderr());
    }

    @Test
    void aBrokenPolicyExitsOneWithFileLineColumnCaretAndSummary() throws Exception {
        Path broken = Files.writeString(ItWork.freshDir("policy-check").resolve("broken.policy"),
            "identity ingest {\n    issuer \"https://issuer.warden.test\"\n    subject \"svc-ingest@warden.test\"\n}\n"
                + "permit p {\n    principal ingst\n    call any\n}\n");

        ProcessRun.Result result = cli.run("policy", "check", broken.toString());

        assertEquals(1, result.exitCode(), result::describe);
        assertEquals(broken + ":6:15: error[P010]: unknown identity 'ingst'\n"
            + "        principal ingst\n"
            + "                  ^^^^^\n"
            + "    = help: did you mean 'ingest'?\n\n"
            + "1 error, 0 warnings in 1 file\n", result.stdout());
    }

    /**
     * docs/policy-language.md: "sha256: followed by the first 16 hex digits of SHA-256 over each
     * file's text followed by a NUL byte, files in file-name order".
     */
    private static String documentedRevision(List<String> files) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (String file : files.stream().sorted(Comparator.comparing(f -> Path.of(f).getFileName().toString())).toList()) {
            sha256.update(Files.readString(Path.of(file), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
        }
        return "sha256:" + HexFormat.of().formatHex(sha256.digest()).substring(0, 16);
    }

    /** The directory and every directory below it that holds .policy files of its own. */
    private static List<Path> exampleSets(Path examples) throws Exception {
        try (Stream<Path> dirs = Files.walk(examples)) {
            List<Path> sets = new ArrayList<>();
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                if (!policyFilesIn(dir).isEmpty()) {
                    sets.add(dir);
                }
            }
            return sets;
        }
    }

    /** What the CLI must list: the directory's own .policy files, in name order. */
    private static List<String> policyFilesIn(Path dir) throws Exception {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".policy") && Files.isRegularFile(p))
                .sorted().map(Path::toString).toList();
        }
    }
}
