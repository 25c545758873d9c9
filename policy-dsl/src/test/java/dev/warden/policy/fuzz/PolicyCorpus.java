package dev.warden.policy.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Real policies to mutate, found when the tests run so that new examples and new tests join the
 * corpus by themselves: every {@code *.policy} under {@code examples/} (recursively), and every
 * string literal or text block in this module's tests that holds a declaration. Test literals are
 * often one rule without the identities it names; mutating them still exercises the parser, and
 * the splice mutation combines them with others.
 */
final class PolicyCorpus {
    static final Path EXAMPLES = Path.of("../examples");
    static final Path TEST_SOURCES = Path.of("src/test/java");
    /** Our own generators' literals are not real policies. */
    private static final Path THIS_PACKAGE = TEST_SOURCES.resolve("dev/warden/policy/fuzz");
    private static final Pattern DECLARATION = Pattern.compile("(?m)^\\s*(?:policy|(?:identity|entrypoint|endpoint|"
        + "datasource|credential|approvers|permit|forbid|require_approval|mask|inject)\\s+\\w+)\\s*\\{");

    /** One policy text and where it came from. */
    record Entry(String origin, String text) {
        @Override
        public String toString() {
            return origin;
        }
    }

    private static List<Entry> entries;

    private PolicyCorpus() {
    }

    static synchronized List<Entry> entries() {
        if (entries == null) {
            List<Entry> found = new ArrayList<>(examples());
            found.addAll(testLiterals());
            entries = List.copyOf(found);
        }
        return entries;
    }

    static List<Entry> examples() {
        List<Entry> found = new ArrayList<>();
        for (Path file : files(EXAMPLES, ".policy")) {
            found.add(new Entry(file.toString(), read(file)));
        }
        return found;
    }

    static List<Entry> testLiterals() {
        List<Entry> found = new ArrayList<>();
        for (Path file : files(TEST_SOURCES, ".java")) {
            if (file.startsWith(THIS_PACKAGE)) {
                continue;
            }
            List<String> literals = JavaStringLiterals.in(read(file));
            for (int i = 0; i < literals.size(); i++) {
                if (DECLARATION.matcher(literals.get(i)).find()) {
                    found.add(new Entry(file + " literal #" + i, literals.get(i)));
                }
            }
        }
        return found;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root.toAbsolutePath(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }
}
