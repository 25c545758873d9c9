package dev.warden.agent.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What a command group ({@code warden}, {@code replay}, {@code policy}) does when run without a command. */
final class MissingCommand {

    private MissingCommand() {
    }

    /** A usage error (exit 2) listing the group's commands. */
    static ParameterException in(CommandSpec group) {
        return new ParameterException(group.commandLine(), "missing command: choose one of "
            + String.join(", ", group.subcommands().keySet()));
    }
}
