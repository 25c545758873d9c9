package dev.warden.agent.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The revision of the policy text on disk, computed as the policy loader computes a set's revision
 * (SHA-256 over each file's text and a NUL byte, files ordered by base name then path, a UTF-8 byte
 * order mark left out). It names text that does not compile too, so a rejected set can be recorded
 * without its contents, and it tells a reload whether anything changed at all. Files that cannot be
 * read are left out: the loader reports them.
 *
 * @param revision {@code sha256:} and 16 hex digits
 * @param files how many policy files were read
 */
public record PolicyFingerprint(String revision, int files) {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public static PolicyFingerprint of(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(policyFilesIn(path));
            } else {
                files.add(path);
            }
        }
        files.sort(Comparator.comparing((Path p) -> String.valueOf(p.getFileName())).thenComparing(Path::toString));
        MessageDigest sha256 = sha256();
        int read = 0;
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException | SecurityException e) {
                continue;
            }
            int start = startsWithBom(bytes) ? BOM.length : 0;
            sha256.update(bytes, start, bytes.length - start);
            sha256.update((byte) 0);
            read++;
        }
        return new PolicyFingerprint("sha256:" + HexFormat.of().formatHex(sha256.digest()).substring(0, 16), read);
    }

    /** The directory's {@code *.policy} regular files, as the loader picks them. */
    private static List<Path> policyFilesIn(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".policy") && Files.isRegularFile(p)).toList();
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
