package dev.warden.agent.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code warden policy ...}: tools for policy files. New tools ({@code fmt}, {@code test},
 * {@code explain}) join {@code subcommands} and take their paths with {@link PolicyPaths}.
 */
@Command(name = "policy", mixinStandardHelpOptions = true, versionProvider = WardenVersion.class,
    description = "Work with policy files: check them.",
    subcommands = {PolicyCheckCommand.class})
final class PolicyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw MissingCommand.in(spec);
    }
}
