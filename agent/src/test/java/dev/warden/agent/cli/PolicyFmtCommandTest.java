package dev.warden.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warden policy fmt}: rewrites what is not formatted, --check only lists it, errors leave files alone. */
class PolicyFmtCommandTest {
    static final String MESSY = "identity a {issuer \"https://i\"   # who\n subject \"a\"}\npermit p{principal a\ncall any}\n";
    static final String TIDY = """
        identity a {
            issuer  "https://i"  # who
            subject "a"
        }

        permit p {
            principal a
            call      any
        }
        """;
    static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path dir;

    Path messy;
    Path tidy;

    @BeforeEach
    void writeFiles() throws IOException {
        Files.createDirectories(dir.resolve("nested/deeper"));
        messy = Files.writeString(dir.resolve("nested/deeper/messy.policy"), MESSY);
        tidy = Files.writeString(dir.resolve("tidy.policy"), TIDY);
        Files.writeString(dir.resolve("notes.txt"), "not a policy {");
        Files.setLastModifiedTime(tidy, LONG_AGO);
    }

    @Test
    void rewritesFilesThatAreNotFormattedAndPrintsTheirPaths() throws IOException {
        CliRun run = CliRun.of("policy", "fmt", dir.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(messy + "\n", run.out());
        assertEquals(TIDY, Files.readString(messy));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(tidy), "a formatted file is not rewritten");
        assertEquals("not a policy {", Files.readString(dir.resolve("notes.txt")));
        assertEquals(List.of(), leftovers(), "no temporary file is left behind");
    }

    @Test
    void checkListsWhatWouldChangeExitsOneAndChangesNothing() throws IOException {
        CliRun run = CliRun.of("policy", "fmt", "--check", dir.toString());
        assertEquals(1, run.status(), run.err());
        assertEquals(messy + "\n", run.out());
        assertEquals("warden: --check: 1 file not formatted (listed on standard output); 'warden policy fmt PATH...' "
            + "formats them\n", run.err());
        assertEquals(MESSY, Files.readString(messy));
        CliRun clean = CliRun.of("policy", "fmt", "--check", tidy.toString());
        assertEquals(0, clean.status(), clean.err());
        assertEquals("", clean.out());
    }

    @Test
    void aFileWithSyntaxErrorsIsReportedAndLeftAloneWhileTheOthersAreFormatted() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.policy"), "identity a {\n    issuer \"x\n}\n");
        CliRun run = CliRun.of("policy", "fmt", dir.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith(broken + ":2:12: error[P002]: string is not closed"), run.err());
        assertTrue(run.err().contains("warden: " + broken + " has syntax errors: not formatted"), run.err());
        assertEquals("identity a {\n    issuer \"x\n}\n", Files.readString(broken));
        assertEquals(TIDY, Files.readString(messy));
    }

    @Test
    void theFileKeepsItsPermissionsAndASymbolicLinkStillPointsToIt() throws IOException {
        Files.setPosixFilePermissions(messy, PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("link.policy"), messy);
        CliRun run = CliRun.of("policy", "fmt", link.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(TIDY, Files.readString(messy));
        assertEquals(Set.copyOf(PosixFilePermissions.fromString("rw-r-----")), Files.getPosixFilePermissions(messy));
    }

    @Test
    void standardInputIsFormattedToStandardOutput() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(MESSY.getBytes(StandardCharsets.UTF_8)));
            CliRun run = CliRun.of("policy", "fmt", "-");
            assertEquals(0, run.status(), run.err());
            assertEquals(TIDY, run.out());
            System.setIn(new ByteArrayInputStream(MESSY.getBytes(StandardCharsets.UTF_8)));
            CliRun check = CliRun.of("policy", "fmt", "--check", "-");
            assertEquals(1, check.status(), check.err());
            assertEquals("-\n", check.out());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void missingPathsAndFilesThatAreNotUtf8AreInputErrors() throws IOException {
        CliRun missing = CliRun.of("policy", "fmt", dir.resolve("nope").toString());
        assertEquals(2, missing.status());
        assertEquals("warden: no such file or directory: " + dir.resolve("nope") + "\n", missing.err());
        Path latin1 = dir.resolve("latin1.policy");
        Files.write(latin1, new byte[] {'#', ' ', (byte) 0xE9, '\n'});
        CliRun run = CliRun.of("policy", "fmt", latin1.toString());
        assertEquals(2, run.status());
        assertEquals("warden: " + latin1 + " is not valid UTF-8: not formatted\n", run.err());
        CliRun none = CliRun.of("policy", "fmt");
        assertEquals(2, none.status());
        assertTrue(none.err().startsWith("warden: Missing required parameter: 'PATH'"), none.err());
    }

    private List<Path> leftovers() throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".warden-fmt")).toList();
        }
    }
}
