package dev.warden.agent.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * Size, modification time and file key (the inode, where the file system has one): what changes
 * when a file is written or replaced, including by a rename of another file over it. A cheap test
 * (one {@code stat}) of whether a file read earlier must be read again.
 */
public record FileStamp(long size, FileTime modified, Object fileKey) {

    public static FileStamp of(BasicFileAttributes attributes) {
        return new FileStamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
    }

    /** The stamp of {@code file} now (links followed), or null when it cannot be read. */
    public static FileStamp ofOrNull(Path file) {
        try {
            return of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
