package dev.warden.policy;

import dev.warden.policy.syntax.Code;
import dev.warden.policy.syntax.Diagnostics;
import dev.warden.policy.syntax.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads policy files and directories of them; every problem becomes a diagnostic, never an exception. */
final class PolicySources {

    /** Larger policy files are refused before they are read: bounded memory in the host. */
    static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

    private PolicySources() {
    }

    /** The sources that could be read, and the name of every file of the set (read or not). */
    record Read(List<SourceFile> sources, List<String> files) {
    }

    static Read read(List<Path> paths, Diagnostics diagnostics) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(policyFilesIn(path, diagnostics));
            } else {
                files.add(path);
            }
        }
        List<SourceFile> sources = new ArrayList<>();
        files.forEach(file -> readFile(file, sources, diagnostics));
        return new Read(sources, files.stream().map(Path::toString).toList());
    }

    /** The directory's {@code *.policy} files (not its subdirectories'), in name order. */
    private static List<Path> policyFilesIn(Path directory, Diagnostics diagnostics) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".policy") && Files.isRegularFile(p))
                .sorted().toList();
        } catch (IOException e) {
            diagnostics.fileError(Code.P041, directory.toString(), "cannot list policy directory: " + e, null);
            return List.of();
        }
    }

    private static void readFile(Path path, List<SourceFile> sources, Diagnostics diagnostics) {
        String name = path.toString();
        try {
            // Checked before opening: a pipe would block the reading thread (at start, the host's
            // main thread) forever, and a device or a huge file would exhaust the host's memory.
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                diagnostics.fileError(Code.P041, name, "not a regular file (a directory, pipe or device)",
                    "name a .policy file, or a directory that holds some");
                return;
            }
            if (attributes.size() > MAX_FILE_BYTES) {
                tooLarge(name, diagnostics);
                return;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(MAX_FILE_BYTES + 1); // the file may have grown since it was measured
            }
            if (bytes.length > MAX_FILE_BYTES) {
                tooLarge(name, diagnostics);
                return;
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
            sources.add(new SourceFile(name, text.startsWith("\uFEFF") ? text.substring(1) : text));
        } catch (NoSuchFileException e) {
            diagnostics.fileError(Code.P041, name, "policy file not found",
                "check the path; relative paths resolve against " + Path.of("").toAbsolutePath());
        } catch (CharacterCodingException e) {
            diagnostics.fileError(Code.P041, name, "policy file is not valid UTF-8", "save it as UTF-8");
        } catch (IOException e) {
            diagnostics.fileError(Code.P041, name, "cannot read policy file: " + e, null);
        }
    }

    private static void tooLarge(String name, Diagnostics diagnostics) {
        diagnostics.fileError(Code.P041, name, "policy file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB",
            "a policy of tens of thousands of rules is a few MiB; split it, or check the path");
    }
}
