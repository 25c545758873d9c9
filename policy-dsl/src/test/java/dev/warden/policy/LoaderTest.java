package dev.warden.policy;

import static dev.warden.policy.Policies.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files, directories, multi-file sets and the revision. */
class LoaderTest {
    private static final String IDENTITIES = Policies.DECLARATIONS;
    private static final String RULES = "permit p {\n    principal ingest\n    call split_documents\n}\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aRejectedSetIsNamedByTheRevisionOfItsTextWithoutBeingCompiled() throws Exception {
        Path file = write("set.policy", IDENTITIES + RULES);
        String good = PolicyLoader.load(List.of(file)).revision();
        Files.writeString(file, IDENTITIES + RULES + "permitt broken {\n}\n");

        CheckResult rejected = PolicyLoader.check(List.of(file));

        assertEquals(null, rejected.policySet());
        assertEquals(1, rejected.files());
        assertTrue(rejected.revision().startsWith("sha256:"), rejected.revision());
        assertNotEquals(good, rejected.revision());
        Files.writeString(file, IDENTITIES + RULES);
        assertEquals(good, PolicyLoader.check(List.of(file)).revision(), "the same text has the same revision, compiled or not");
    }

    @Test
    void filesOfASetShareNamesAcrossFiles() throws Exception {
        PolicySet policy = PolicyLoader.load(List.of(write("rules.policy", RULES), write("names.policy", IDENTITIES)));
        assertEquals(List.of("p"), policy.decide(request("svc-ingest@warden.test")).ruleIds());
    }

    @Test
    void directoryContributesItsPolicyFilesOnly() throws Exception {
        write("a.policy", IDENTITIES);
        write("b.policy", RULES);
        write("notes.txt", "not a policy");
        write("sub/c.policy", "this would not parse");
        PolicySet policy = PolicyLoader.load(List.of(dir));
        assertTrue(policy.decide(request("svc-ingest@warden.test")).permitted());
    }

    @Test
    void errorsInSeveralFilesAreAllReportedWithTheirFileNames() throws Exception {
        Path a = write("a.policy", IDENTITIES + "permti x {\n}\n");
        Path b = write("b.policy", "permit p {\n    principal ingst\n    call split_documents\n}\n");
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.load(List.of(b, a)));
        assertEquals(List.of(a + ":12:P001", b + ":2:P010"),
            e.diagnostics().stream().map(d -> d.file() + ":" + d.line() + ":" + d.code()).toList());
    }

    @Test
    void missingFileIsP041NamingThePath() {
        Path missing = dir.resolve("missing.policy");
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.load(List.of(missing)));
        Diagnostic d = e.diagnostics().get(0);
        assertEquals("P041", d.code());
        assertEquals(0, d.line());
        assertTrue(d.render().startsWith(missing + ": error[P041]: policy file not found\n    = help: check the path"),
            d.render());
    }

    @Test
    void invalidUtf8IsP041() throws Exception {
        Path file = dir.resolve("bad.policy");
        Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28});
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.load(List.of(file)));
        assertEquals("policy file is not valid UTF-8", e.diagnostics().get(0).message());
    }

    @Test
    void emptySetOfFilesIsP040() {
        PolicyException none = assertThrows(PolicyException.class, () -> PolicyLoader.load(List.of()));
        assertEquals("P040", none.diagnostics().get(0).code());
        PolicyException emptyDir = assertThrows(PolicyException.class, () -> PolicyLoader.load(List.of(dir)));
        assertEquals("P040", emptyDir.diagnostics().get(0).code());
        assertEquals("no policy files to load", emptyDir.diagnostics().get(0).message());
    }

    @Test
    void revisionIsStableAndIndependentOfTheOrderPathsAreGiven() throws Exception {
        Path a = write("a.policy", IDENTITIES);
        Path b = write("b.policy", RULES);
        String forward = PolicyLoader.load(List.of(a, b)).revision();
        assertEquals(forward, PolicyLoader.load(List.of(b, a)).revision());
        assertEquals(forward, PolicyLoader.parse(Map.of("a.policy", IDENTITIES, "b.policy", RULES)).revision());
        assertTrue(forward.matches("sha256:[0-9a-f]{16}"), forward);
    }

    @Test
    void revisionChangesWithTheSource() throws Exception {
        String one = PolicyLoader.parse("x.policy", IDENTITIES).revision();
        String two = PolicyLoader.parse("x.policy", IDENTITIES + "# a comment\n").revision();
        assertNotEquals(one, two);
    }

    @Test
    void revisionOfAKnownSourceIsTheTruncatedSha256OfItsTextAndANul() throws Exception {
        // printf 'identity a {\n    issuer "i"\n    subject "s"\n}\n\0' | sha256sum
        String text = "identity a {\n    issuer \"i\"\n    subject \"s\"\n}\n";
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        sha.update((text + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String expected = "sha256:" + java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        assertEquals(expected, PolicyLoader.parse("a.policy", text).revision());
    }

    @Test
    void checkGivesTheWarningsOfAGoodSetAndTheSet() throws Exception {
        Path rules = write("rules.policy", RULES + "forbid f {\n    principal any\n    call any\n}\n");
        CheckResult result = PolicyLoader.check(List.of(write("names.policy", IDENTITIES), rules));
        assertTrue(result.ok());
        assertEquals(List.of(rules + ":1:8:W001"), result.diagnostics().stream()
            .map(d -> d.file() + ":" + d.line() + ":" + d.column() + ":" + d.code()).toList());
        assertEquals(List.of("f"), result.policySet().decide(request("svc-ingest@warden.test")).ruleIds());
        PolicyLoader.load(List.of(dir));
    }

    @Test
    void checkOfABadSetHasNoSetAndEveryError() throws Exception {
        CheckResult result = PolicyLoader.check(List.of(write("bad.policy", "permti x {\n}\n")));
        assertEquals(null, result.policySet());
        assertEquals(List.of("P001"), result.errors().stream().map(Diagnostic::code).toList());
        assertEquals("P040", PolicyLoader.check(List.of()).errors().get(0).code());
    }

    @Test
    void byteOrderMarkIsIgnored() throws Exception {
        PolicyLoader.load(List.of(write("bom.policy", "\uFEFF" + IDENTITIES)));
    }

    @Test
    void aRejectedSetStillListsTheEntryPointsItsDeclarationsName() throws Exception {
        Path file = write("set.policy", IDENTITIES + RULES + "entrypoint more {\n    method \"a.B#c(int)\"\n}\n"
            + "permitt broken {\n}\n");

        CheckResult rejected = PolicyLoader.check(List.of(file));

        assertEquals(null, rejected.policySet());
        assertTrue(rejected.declaredEntryPoints().contains(new EntryPointPattern("a.B", "c", List.of("int"))),
            rejected.declaredEntryPoints().toString());
        assertEquals(PolicyLoader.load(List.of(write("good.policy", IDENTITIES))).entryPoints().size() + 1,
            rejected.declaredEntryPoints().size(), rejected.declaredEntryPoints().toString());
    }

    @Test
    void aSetWithAMissingFileListsTheEntryPointsOfTheFilesThatWereRead() throws Exception {
        Path readable = write("targets.policy", "entrypoint more {\n    method \"a.B#c\"\n}\n");

        CheckResult rejected = PolicyLoader.check(List.of(readable, dir.resolve("missing.policy")));

        assertEquals(null, rejected.policySet());
        assertEquals(List.of(new EntryPointPattern("a.B", "c", null)), rejected.declaredEntryPoints());
        assertEquals(CheckResult.UNREADABLE, rejected.revision(), "a hash of the readable part would look like a revision");
    }

    @Test
    void aGoodSetListsTheSameEntryPointsItGuards() throws Exception {
        CheckResult good = PolicyLoader.check(List.of(write("set.policy", IDENTITIES + RULES)));

        assertEquals(good.policySet().entryPoints(), good.declaredEntryPoints());
    }

    @Test
    void aDenyAllSetNamesTheEntryPointsItIsGiven() {
        EntryPointPattern pattern = new EntryPointPattern("a.B", "c", null);
        PolicySet denyAll = PolicySet.denyAll("policy failed to load", List.of(pattern));

        assertEquals(List.of(pattern), denyAll.entryPoints());
        assertEquals(Effect.DENY, denyAll.decide(request("svc")).effect());
    }

    @Test
    void aPathThatIsNotARegularFileIsP041WithoutBeingOpened() throws Exception {
        Path fifo = dir.resolve("pipe.policy");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");

        CheckResult result = PolicyLoader.check(List.of(fifo)); // opening the pipe would block this thread forever

        assertEquals("P041", result.errors().get(0).code());
        assertEquals("not a regular file (a directory, pipe or device)", result.errors().get(0).message());
    }

    @Test
    void aFileOverTheSizeLimitIsP041() throws Exception {
        Path big = dir.resolve("big.policy");
        try (var out = Files.newOutputStream(big)) {
            byte[] comment = ("# " + "x".repeat(1021) + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            for (int i = 0; i <= PolicySources.MAX_FILE_BYTES / comment.length; i++) {
                out.write(comment);
            }
        }

        CheckResult result = PolicyLoader.check(List.of(big));

        assertEquals("P041", result.errors().get(0).code());
        assertTrue(result.errors().get(0).message().startsWith("policy file is larger than 16 MiB"),
            result.errors().get(0).message());
    }
}
