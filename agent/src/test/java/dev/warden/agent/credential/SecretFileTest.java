package dev.warden.agent.credential;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.agent.policy.ConfigMapMount;
import dev.warden.policy.CredentialSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets read from real files in a temporary directory, changed the ways deploy tools change them. */
class SecretFileTest {

    /** Distinctive, so a leak into a message or a string form cannot be a coincidence. */
    static final String SECRET = "sk-live-7Hq9ZpXw2mVb4KcR";

    @TempDir
    Path dir;

    private final Credentials credentials = new Credentials(java.util.Map.of());

    private String read(Path file) {
        return text(credentials.secret("embeddings_key", new CredentialSource(CredentialSource.Kind.FILE, file.toString())));
    }

    private CredentialException failure(Path file) {
        return assertThrows(CredentialException.class,
            () -> credentials.secret("embeddings_key", new CredentialSource(CredentialSource.Kind.FILE, file.toString())));
    }

    static String text(Secret secret) {
        return new String(secret.bytes(), StandardCharsets.UTF_8);
    }

    private static void assertNamesWithoutSecret(CredentialException e, Path file, String what) {
        assertTrue(e.getMessage().startsWith("credential embeddings_key: file " + file + " " + what), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        assertFalse(e.getMessage().contains("sk-live"), e.getMessage());
    }

    @Test
    void aFileIsReadAsItsBytes() throws IOException {
        Path file = Files.writeString(dir.resolve("key"), SECRET);

        assertEquals(SECRET, read(file));
    }

    @Test
    void exactlyOneFinalNewlineOrCrLfIsDroppedAndEverythingElseKept() throws IOException {
        assertEquals(SECRET, read(Files.writeString(dir.resolve("lf"), SECRET + "\n")));
        assertEquals(SECRET, read(Files.writeString(dir.resolve("crlf"), SECRET + "\r\n")));
        assertEquals(SECRET + "\n", read(Files.writeString(dir.resolve("two"), SECRET + "\n\n")));
        assertEquals(SECRET + "\r", read(Files.writeString(dir.resolve("cr"), SECRET + "\r")));
        assertEquals(" " + SECRET + " ", read(Files.writeString(dir.resolve("spaces"), " " + SECRET + " ")));
        assertEquals("line1\nline2", read(Files.writeString(dir.resolve("pem"), "line1\nline2\n")));
    }

    @Test
    void aRecentFileRewrittenInPlaceWithTheSameSizeAndTimestampIsStillReadAgain() throws IOException {
        Path file = Files.writeString(dir.resolve("key"), SECRET);
        FileTime justNow = Files.getLastModifiedTime(file);
        assertEquals(SECRET, read(file));

        // What a coarse file-system clock produces for two writes a few ms apart: an identical stamp.
        String rotated = SECRET.replace("sk-live", "sk-LIVE");
        Files.writeString(file, rotated);
        Files.setLastModifiedTime(file, justNow);

        assertEquals(rotated, read(file));
    }

    @Test
    void aFileChangedInPlaceLongAfterItsLastChangeIsNoticedByItsStamp() throws IOException {
        Path file = Files.writeString(dir.resolve("key"), SECRET);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600))); // no longer "racy"
        assertEquals(SECRET, read(file));

        Files.writeString(file, "rotated-" + SECRET);

        assertEquals("rotated-" + SECRET, read(file));
    }

    @Test
    void aFileWhoseStampIsUnchangedIsNotReadAgainOnlyStatted() throws IOException {
        Path file = Files.writeString(dir.resolve("key"), SECRET);
        FileTime longAgo = FileTime.from(Instant.now().minusSeconds(3600));
        Files.setLastModifiedTime(file, longAgo);
        CredentialSource source = new CredentialSource(CredentialSource.Kind.FILE, file.toString());
        Secret first = credentials.secret("embeddings_key", source);

        // Same inode, same size, same modification time: only reading the contents could tell.
        Files.writeString(file, SECRET.replace("sk-live", "sk-LIVE"));
        Files.setLastModifiedTime(file, longAgo);

        assertSame(first, credentials.secret("embeddings_key", source));
        assertEquals(SECRET, text(first));
    }

    @Test
    void aFileReplacedByRenameIsReadAgain() throws IOException {
        Path file = Files.writeString(dir.resolve("key"), SECRET);
        assertEquals(SECRET, read(file));

        Path temp = Files.writeString(dir.resolve(".key.tmp"), "renamed-" + SECRET + "\n");
        Files.move(temp, file, ATOMIC_MOVE, REPLACE_EXISTING);

        assertEquals("renamed-" + SECRET, read(file));
    }

    @Test
    void aKubernetesSecretVolumeSwapIsFollowedThroughItsSymbolicLinks() throws IOException {
        ConfigMapMount mount = ConfigMapMount.create(dir, "api-key", SECRET + "\n");
        Path file = dir.resolve("api-key");
        assertEquals(SECRET, read(file));

        mount.update("swapped-" + SECRET + "\n");

        assertEquals("swapped-" + SECRET, read(file));
    }

    @Test
    void aFileOverTheCapIsRefusedNamingItsSize() throws IOException {
        Path file = Files.write(dir.resolve("big"), new byte[SecretFile.MAX_BYTES + 1]);

        CredentialException e = failure(file);

        assertNamesWithoutSecret(e, file, "is " + (SecretFile.MAX_BYTES + 1) + " bytes, more than the 65536");
    }

    @Test
    void aFileAtTheCapIsRead() throws IOException {
        Path file = Files.writeString(dir.resolve("max"), "k".repeat(SecretFile.MAX_BYTES));

        assertEquals(SecretFile.MAX_BYTES, read(file).length());
    }

    @Test
    void aMissingFileIsAnErrorNamingTheCredentialAndThePath() {
        Path file = dir.resolve("nowhere");

        assertNamesWithoutSecret(failure(file), file, "does not exist");
    }

    @Test
    void anEmptyFileOrOneHoldingOnlyANewlineIsAnError() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty"), "");
        Path newline = Files.writeString(dir.resolve("newline"), "\n");

        assertNamesWithoutSecret(failure(empty), empty, "is empty");
        assertNamesWithoutSecret(failure(newline), newline, "is empty");
    }

    @Test
    void aDirectoryIsNotASecretFile() {
        assertNamesWithoutSecret(failure(dir), dir, "is not a regular file");
    }

    @Test
    void aFileDeletedAfterAGoodReadFailsClosedAndIsReadAgainWhenItComesBack() throws IOException {
        Path file = Files.writeString(dir.resolve("key"), SECRET);
        assertEquals(SECRET, read(file));

        Files.delete(file);
        assertNamesWithoutSecret(failure(file), file, "does not exist");
        assertNamesWithoutSecret(failure(file), file, "does not exist"); // every read, not only the first

        Files.writeString(file, "restored-" + SECRET);
        assertEquals("restored-" + SECRET, read(file));
    }

    @Test
    void aFileEmptiedOrGrownPastTheCapAfterAGoodReadFailsClosed() throws IOException {
        Path file = Files.writeString(dir.resolve("key"), SECRET);
        assertEquals(SECRET, read(file));

        Files.writeString(file, "");
        assertNamesWithoutSecret(failure(file), file, "is empty");

        Files.writeString(file, SECRET.repeat(SecretFile.MAX_BYTES / SECRET.length() + 1));
        assertNamesWithoutSecret(failure(file), file, "is ");
    }
}
