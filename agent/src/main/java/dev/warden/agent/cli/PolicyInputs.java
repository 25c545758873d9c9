package dev.warden.agent.cli;

import dev.warden.policy.CheckResult;
import dev.warden.policy.Diagnostic;
import dev.warden.policy.PolicyLoader;
import dev.warden.policy.PolicySet;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What the policy commands share: finding files, loading a set, showing paths and diagnostics. */
final class PolicyInputs {

    private PolicyInputs() {
    }

    /**
     * Every file the paths name: a file as given (whatever its name), a directory's files ending in
     * {@code extension} at any depth, in name order.
     */
    static List<Path> files(List<Path> paths, String extension) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> p.getFileName().toString().endsWith(extension) && Files.isRegularFile(p))
                        .map(Path::normalize).sorted().forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    throw new CliException(ExitStatus.USAGE, "cannot list " + path + ": " + e.getMessage());
                }
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                throw new CliException(ExitStatus.USAGE, "no such file or directory: " + path);
            }
        }
        return files;
    }

    /** The compiled set, or (after printing every error) a usage error. Warnings are not shown: see 'policy check'. */
    static PolicySet load(List<Path> paths, PrintWriter err) {
        CheckResult result = PolicyLoader.check(paths);
        if (!result.ok()) {
            print(result.errors(), err);
            throw new CliException(ExitStatus.USAGE, "the policy set " + label(paths) + " has "
                + count(result.errors().size(), "error"));
        }
        return result.policySet();
    }

    static void print(List<Diagnostic> diagnostics, PrintWriter err) {
        diagnostics.forEach(d -> err.println(d.render()));
    }

    /** A path as people want to read it: relative to the working directory when it lies below it. */
    static Path shown(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute) : path;
    }

    static String label(List<Path> paths) {
        return paths.stream().map(p -> shown(p).toString()).collect(Collectors.joining(", "));
    }

    /** {@code 1 test}, {@code 3 tests}. */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
