package dev.warden.agent.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code warden policy ...}: tools for policy files. New tools join {@code subcommands} and take
 * their paths with {@link PolicyPaths}.
 */
@Command(name = "policy", mixinStandardHelpOptions = true, versionProvider = WardenVersion.class,
    description = "Work on policy files: check, format and test them, explain a decision.",
    subcommands = {PolicyCheckCommand.class, PolicyFmtCommand.class, PolicyTestCommand.class, PolicyExplainCommand.class})
final class PolicyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw MissingCommand.in(spec);
    }
}
