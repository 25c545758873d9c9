package dev.warden.agent.cli;

import dev.warden.policy.FormatResult;
import dev.warden.policy.PolicyFormatter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "fmt", mixinStandardHelpOptions = true, versionProvider = WardenVersion.class,
    description = {"Write policy files in the one canonical layout, keeping every comment.",
        "Prints the path of each file it rewrites (with --check: of each file it would rewrite)."},
    footer = {"", "Exit status: 0 done (with --check: every file is formatted), 1 with --check: some file is not, "
        + "2 a file cannot be read or has syntax errors (it is left as it is), 3 internal error."})
final class PolicyFmtCommand implements Callable<Integer> {

    /** The name of standard input among the paths. */
    static final String STDIN = "-";

    @Spec
    CommandSpec spec;

    @Option(names = "--check", description = "Change nothing: list the files that are not formatted, and exit 1 if there are any.")
    boolean check;

    @Parameters(arity = "1..*", paramLabel = "PATH",
        description = "Policy files, or directories whose *.policy files (at any depth) are formatted. "
            + "'-' formats standard input to standard output.")
    List<Path> paths;

    /** A file could not be read, written, or parsed: exit 2 after doing the others. */
    private boolean unreadable;
    private int unformatted;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        for (Path path : paths) {
            if (path.toString().equals(STDIN)) {
                standardInput(out);
            }
        }
        List<Path> files = PolicyInputs.files(paths.stream().filter(p -> !p.toString().equals(STDIN)).toList(), ".policy");
        for (Path file : files) {
            String text = read(file);
            if (text == null) {
                continue;
            }
            String formatted = format(file.toString(), text);
            if (formatted != null && !formatted.equals(text)) {
                unformatted++;
                if (check || rewrite(file, formatted)) {
                    out.println(file);
                }
            }
        }
        if (unreadable) {
            return ExitStatus.USAGE;
        }
        if (check && unformatted > 0) {
            throw new CliException(ExitStatus.FAILED, "--check: " + PolicyInputs.count(unformatted, "file")
                + " not formatted (listed on standard output); 'warden policy fmt PATH...' formats them");
        }
        return ExitStatus.OK;
    }

    private void standardInput(PrintWriter out) throws IOException {
        String text = decode(System.in.readAllBytes(), "<stdin>");
        String formatted = text == null ? null : format("<stdin>", text);
        if (formatted == null) {
            return;
        }
        if (check) {
            if (!formatted.equals(text)) {
                unformatted++;
                out.println(STDIN);
            }
        } else {
            out.print(formatted);
        }
    }

    /** The formatted text, or null after reporting the file's syntax errors. */
    private String format(String name, String text) {
        FormatResult result = PolicyFormatter.format(name, text);
        if (!result.ok()) {
            PolicyInputs.print(result.errors(), spec.commandLine().getErr());
            spec.commandLine().getErr().println("warden: " + name + " has syntax errors: not formatted");
            unreadable = true;
            return null;
        }
        return result.text();
    }

    private boolean rewrite(Path file, String formatted) {
        try {
            FileRewrite.replace(file, formatted);
            return true;
        } catch (IOException e) {
            spec.commandLine().getErr().println("warden: cannot write " + file + ": " + e + " (it is left as it was)");
            unreadable = true;
            return false;
        }
    }

    private String read(Path file) {
        try {
            return decode(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            spec.commandLine().getErr().println("warden: cannot read " + file + ": " + e);
            unreadable = true;
            return null;
        }
    }

    private String decode(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            spec.commandLine().getErr().println("warden: " + name + " is not valid UTF-8: not formatted");
            unreadable = true;
            return null;
        }
    }
}
