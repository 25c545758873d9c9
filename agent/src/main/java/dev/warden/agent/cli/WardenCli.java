package dev.warden.agent.cli;

import dev.warden.agent.journal.JournalException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code warden} command line ({@code java -jar warden-agent.jar ...}). New verbs ({@code policy},
 * {@code approve}, {@code attach}, {@code verify}) join {@link Warden#subcommands}.
 *
 * <p>Exit statuses: see {@link ExitStatus} and docs/cli.md. Errors are one line on standard
 * error, starting {@code warden: }.
 */
public final class WardenCli {

    private WardenCli() {
    }

    /** Runs the command line and returns its exit status; never calls {@code System.exit}. */
    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        try {
            return run(args, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, CommandLine.defaultFactory());
    }

    /** {@code factory} creates every command object (a test replaces one to make it fail as a bug would). */
    static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        CommandLine cli = new CommandLine(new Warden(), factory)
            .setOut(out)
            .setErr(err)
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setParameterExceptionHandler(WardenCli::usageError)
            .setExecutionExceptionHandler(WardenCli::failure);
        try {
            return cli.execute(args);
        } catch (Error e) {
            // picocli hands only Exceptions to failure(). An Error (StackOverflowError, ...) would
            // end the JVM with status 1, which policy check uses for "errors found".
            err.println("warden: internal error (please report it): " + e);
            return ExitStatus.INTERNAL;
        }
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String unknown = e instanceof UnmatchedArgumentException u ? UnknownWord.message(u) : null;
        command.getErr().println("warden: " + (unknown != null ? unknown : e.getMessage()) + " (see '"
            + command.getCommandSpec().qualifiedName() + " --help')");
        return ExitStatus.USAGE;
    }

    private static int failure(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (e instanceof CliException c) {
            err.println("warden: " + c.getMessage());
            return c.status();
        }
        if (e instanceof JournalException) {
            err.println("warden: " + e.getMessage());
            return ExitStatus.USAGE;
        }
        err.println("warden: internal error (please report it): " + e);
        return ExitStatus.INTERNAL;
    }

    @Command(name = "warden", mixinStandardHelpOptions = true, versionProvider = WardenVersion.class,
        description = "Warden: data-access policy enforcement inside the JVM.",
        subcommands = {ReplayCommand.class, PolicyCommand.class},
        footer = {"", "Exit status: 0 ok; 1 not found (replay), errors found (policy check) or failed (policy test,"
            + " policy fmt --check); 2 usage or input error; 3 internal error. See docs/cli.md."})
    static final class Warden implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            throw MissingCommand.in(spec);
        }
    }
}
