package dev.warden.agent.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Replaces a file's content all at once: write a temporary file beside it, then rename it over the
 * original, so a reader (the agent reloading its policy, an editor) sees the old text or the new,
 * never half of it. A symbolic link keeps pointing where it did: the file it points to is replaced.
 */
final class FileRewrite {

    private FileRewrite() {
    }

    static void replace(Path file, String text) throws IOException {
        Path target = file.toRealPath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".warden-fmt");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class,
            LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && target != null) {
            target.setPermissions(source.readAttributes().permissions());
        }
    }
}
