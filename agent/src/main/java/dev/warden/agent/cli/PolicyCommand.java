package dev.warden.agent.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "policy", mixinStandardHelpOptions = true, versionProvider = WardenVersion.class,
    description = "Work on policy files: format them, test them, explain a decision.",
    subcommands = {PolicyFmtCommand.class, PolicyTestCommand.class, PolicyExplainCommand.class})
final class PolicyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: choose one of "
            + String.join(", ", spec.subcommands().keySet()));
    }
}
