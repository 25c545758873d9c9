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

/**
 * Reads, checks and compiles policy files into a {@link PolicySet}. {@code load}/{@code parse}
 * throw {@link PolicyException} with the errors; {@code check} returns the set (or null) together
 * with every error and warning.
 */
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
        return orThrow(check(paths));
    }

    /**
     * Like {@link #load}, but returns every diagnostic — warnings (lints) included — and the set
     * only if there was no error, instead of throwing.
     */
    public static CheckResult check(List<Path> paths) {
        Diagnostics diagnostics = new Diagnostics();
        PolicySources.Read read = PolicySources.read(paths, diagnostics);
        List<SourceFile> sources = read.sources();
        if (sources.isEmpty() && diagnostics.isEmpty()) {
            diagnostics.fileError(Code.P040, paths.isEmpty() ? "(no paths)" : paths.toString(),
                "no policy files to load", "give at least one .policy file, or a directory that holds some");
        }
        if (!diagnostics.isEmpty()) {
            // with a file missing, the names it declares would be reported as unknown: syntax only,
            // and the entry points of the files that were read, checked apart from the report
            List<SourceFile> sorted = sorted(sources);
            List<ParsedFile> parsed = new ArrayList<>();
            sorted.forEach(source -> parsed.add(Parser.parse(source, diagnostics)));
            List<EntryPointPattern> entryPoints = Checker.check(parsed, new Diagnostics()).entryPointPatterns();
            // a hash of what happened to be readable would look like a real revision: name the state instead
            return new CheckResult(null, diagnostics.sorted(read.files()), CheckResult.UNREADABLE, sorted.size(), read.files(),
                0, entryPoints);
        }
        return compile(sources);
    }

    /** Compiles one in-memory source; {@code fileName} is used in diagnostics. */
    public static PolicySet parse(String fileName, String source) throws PolicyException {
        return orThrow(check(fileName, source));
    }

    /** Like {@link #parse(String, String)}, returning warnings too and never throwing. */
    public static CheckResult check(String fileName, String source) {
        return compile(List.of(new SourceFile(fileName, source)));
    }

    /**
     * Compiles several in-memory sources, keyed by file name, as one set checked together (as
     * {@link #load} does for files).
     */
    public static PolicySet parse(Map<String, String> sourcesByFileName) throws PolicyException {
        return orThrow(check(sourcesByFileName));
    }

    /** Like {@link #parse(Map)}, returning warnings too and never throwing. */
    public static CheckResult check(Map<String, String> sourcesByFileName) {
        List<SourceFile> sources = new ArrayList<>();
        sourcesByFileName.forEach((name, text) -> sources.add(new SourceFile(name, text)));
        return compile(sources);
    }

    private static PolicySet orThrow(CheckResult result) throws PolicyException {
        if (!result.ok()) {
            throw new PolicyException(result.errors());
        }
        return result.policySet();
    }

    private static List<SourceFile> sorted(List<SourceFile> unsorted) {
        List<SourceFile> sources = new ArrayList<>(unsorted);
        sources.sort(Comparator.comparing((SourceFile s) -> baseName(s.name())).thenComparing(SourceFile::name));
        return sources;
    }

    private static CheckResult compile(List<SourceFile> unsorted) {
        List<SourceFile> sources = sorted(unsorted);
        Diagnostics diagnostics = new Diagnostics();
        List<ParsedFile> parsed = new ArrayList<>();
        sources.forEach(s -> parsed.add(Parser.parse(s, diagnostics)));
        CheckedPolicy checked = Checker.check(parsed, diagnostics);
        List<Diagnostic> found = diagnostics.sorted(names(sources));
        String revision = revision(sources);
        List<String> files = names(sources);
        if (diagnostics.hasErrors()) {
            return new CheckResult(null, found, revision, sources.size(), files, 0, checked.entryPointPatterns());
        }
        return new CheckResult(PolicyCompiler.compile(checked, revision), found, revision, sources.size(), files,
            checked.rules().size(), checked.entryPointPatterns());
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
