package dev.warden.agent.credential;

import dev.warden.agent.runtime.FileStamp;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * One secret file, read again whenever it changes. Every {@link #read} costs one {@code stat}
 * (symbolic links followed, so a Kubernetes {@code ..data} swap is seen as a new file key); the
 * contents are read only when the stamp differs from the one they were read under.
 *
 * <p>Fails closed: a file that cannot be read now (deleted, permissions withdrawn, emptied, grown
 * past the cap) is an error on every read until it is fixed; the last good value is never used in
 * its place, because deleting a secret is how it is revoked.
 */
final class SecretFile {

    /** Secrets are keys and passwords, not documents; a larger file is a mistake in the path. */
    static final int MAX_BYTES = 64 * 1024;
    /**
     * A file modified this close to when it was read may change again within the file system's
     * timestamp granularity (a few ms) without its stamp changing: such a read is not trusted and
     * the contents are read again next time (git's "racy clean" rule).
     */
    private static final long RACY_MILLIS = 2_000;
    /** Reads whose stamp changed underneath them are retried this often, then used uncached. */
    private static final int STABLE_READ_TRIES = 3;

    private final Path path;
    private volatile Snapshot current;

    /** The contents and the stamp they were read under; {@code racy} stamps are not trusted. */
    private record Snapshot(FileStamp stamp, Secret secret, boolean racy) {
    }

    SecretFile(Path path) {
        this.path = path;
    }

    /** The secret as the file holds it now; {@code credential} names it in errors. */
    Secret read(String credential) {
        FileStamp now = stamp(credential);
        Snapshot seen = current;
        if (seen != null && !seen.racy() && seen.stamp().equals(now)) {
            return seen.secret();
        }
        return reread(credential);
    }

    private synchronized Secret reread(String credential) {
        try {
            Secret secret = null;
            for (int i = 0; i < STABLE_READ_TRIES; i++) {
                FileStamp before = stamp(credential);
                secret = keepSame(contents(credential, before));
                if (before.equals(stamp(credential))) {
                    current = new Snapshot(before, secret, System.currentTimeMillis() - before.modified().toMillis() < RACY_MILLIS);
                    return secret;
                }
            }
            current = null; // rewritten while being read: each read was whole, but which stamp it had is unknown
            return secret;
        } catch (CredentialException e) {
            current = null;
            throw e;
        }
    }

    /** The same {@link Secret} when the bytes did not change, so its fingerprint is computed once. */
    private Secret keepSame(Secret read) {
        Snapshot seen = current;
        return seen != null && seen.secret().sameAs(read) ? seen.secret() : read;
    }

    private FileStamp stamp(String credential) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attrs.isRegularFile()) {
                throw problem(credential, "is not a regular file", "point the credential's source at the file holding the secret");
            }
            if (attrs.size() > MAX_BYTES) {
                throw tooLarge(credential, attrs.size());
            }
            return FileStamp.of(attrs);
        } catch (IOException e) {
            throw unreadable(credential, e);
        }
    }

    /** Reads at most one byte past the cap, so a file growing after its stat cannot make this read unbounded. */
    private Secret contents(String credential, FileStamp stamp) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw unreadable(credential, e);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(credential, Math.max(stamp.size(), bytes.length));
        }
        byte[] value = SecretText.withoutFinalNewline(bytes);
        if (value != bytes) {
            Arrays.fill(bytes, (byte) 0); // one copy of the secret in memory, not two
        }
        if (value.length == 0) {
            throw problem(credential, "is empty", "write the secret into it");
        }
        return new Secret(value);
    }

    private CredentialException tooLarge(String credential, long size) {
        return problem(credential, "is " + size + " bytes, more than the " + MAX_BYTES + " a secret may have",
            "check that the source names the secret's file");
    }

    private CredentialException unreadable(String credential, IOException e) {
        String what = e instanceof NoSuchFileException ? "does not exist"
            : e instanceof AccessDeniedException ? "is not readable by this process (permission denied)"
            : "cannot be read (" + e.getClass().getSimpleName() + ")";
        return problem(credential, what, "provide the file, readable by the service's user");
    }

    /** Names the credential and the path, never the contents (an IOException's message is the path at most). */
    private CredentialException problem(String credential, String what, String todo) {
        return new CredentialException("credential " + credential + ": file " + path + " " + what, todo);
    }

    @Override
    public String toString() {
        return "secret file " + path;
    }
}
