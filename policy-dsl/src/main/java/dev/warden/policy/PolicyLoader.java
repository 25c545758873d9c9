package dev.warden.policy;

import dev.warden.policy.check.CheckedPolicy;
import dev.warden.policy.check.Checker;
import dev.warden.policy.eval.PolicyCompiler;
import dev.warden.policy.syntax.Code;
import dev.warden.policy.syntax.Diagnostics;
import dev.warden.policy.syntax.ParsedFile;
import dev.warden.policy.syntax.Parser;
import dev.warden.policy.syntax.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Reads, checks and compiles policy files into a {@link PolicySet}. */
public final class PolicyLoader {

    private PolicyLoader() {
    }

    /**
     * Loads every path (a {@code .policy} file, or a directory whose {@code .policy} files are read
     * in name order) as one policy set, checked together.
     *
     * @throws PolicyException with every problem found, each with file:line:col
     */
    public static PolicySet load(List<Path> paths) throws PolicyException {
        return compiled(check(paths));
    }

    /**
     * Checks the set {@link #load} would load and reports everything found instead of throwing:
     * the files, every diagnostic, and the compiled set when there is no error.
     */
    public static PolicyCheck check(List<Path> paths) {
        Diagnostics diagnostics = new Diagnostics();
        PolicySources.Read read = PolicySources.read(paths, diagnostics);
        if (read.sources().isEmpty() && diagnostics.isEmpty()) {
            diagnostics.fileError(Code.P040, paths.isEmpty() ? "(no paths)" : paths.toString(),
                "no policy files to load", "give at least one .policy file, or a directory that holds some");
        }
        if (!diagnostics.isEmpty()) {
            // with a file missing, the names it declares would be reported as unknown: syntax only
            read.sources().forEach(source -> Parser.parse(source, diagnostics));
            return new PolicyCheck(read.files(), diagnostics.sorted(read.files()), null, 0);
        }
        return compile(read.sources());
    }

    /** Compiles one in-memory source; {@code fileName} is used in diagnostics. */
    public static PolicySet parse(String fileName, String source) throws PolicyException {
        return compiled(compile(List.of(new SourceFile(fileName, source))));
    }

    /**
     * Compiles several in-memory sources, keyed by file name, as one set checked together (as
     * {@link #load} does for files).
     */
    public static PolicySet parse(Map<String, String> sourcesByFileName) throws PolicyException {
        List<SourceFile> sources = new ArrayList<>();
        sourcesByFileName.forEach((name, text) -> sources.add(new SourceFile(name, text)));
        return compiled(compile(sources));
    }

    private static PolicySet compiled(PolicyCheck check) throws PolicyException {
        if (!check.compiled()) {
            throw new PolicyException(check.diagnostics());
        }
        return check.policy();
    }

    private static PolicyCheck compile(List<SourceFile> unsorted) {
        List<SourceFile> sources = new ArrayList<>(unsorted);
        sources.sort(Comparator.comparing((SourceFile s) -> baseName(s.name())).thenComparing(SourceFile::name));
        Diagnostics diagnostics = new Diagnostics();
        List<ParsedFile> parsed = new ArrayList<>();
        sources.forEach(s -> parsed.add(Parser.parse(s, diagnostics)));
        CheckedPolicy checked = Checker.check(parsed, diagnostics);
        List<String> files = names(sources);
        if (!diagnostics.isEmpty()) {
            return new PolicyCheck(files, diagnostics.sorted(files), null, 0);
        }
        return new PolicyCheck(files, List.of(), PolicyCompiler.compile(checked, revision(sources)), checked.rules().size());
    }

    /**
     * {@code sha256:} and the first 16 hex digits of SHA-256 over each source's text followed by a
     * NUL byte, sources in file-name order. Names are not hashed: renaming a file changes no decision.
     */
    static String revision(List<SourceFile> sortedSources) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (SourceFile source : sortedSources) {
                sha256.update(source.text().getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(sha256.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String baseName(String name) {
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static List<String> names(List<SourceFile> sources) {
        return sources.stream().map(SourceFile::name).toList();
    }
}
