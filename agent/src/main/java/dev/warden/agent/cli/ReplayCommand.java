package dev.warden.agent.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = WardenVersion.class,
    description = "Read the journal: list sessions, show one as a timeline, count them, list policy reloads.",
    subcommands = {ReplaySessionsCommand.class, ReplayShowCommand.class, ReplaySummaryCommand.class,
        ReplayPolicyCommand.class})
final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw MissingCommand.in(spec);
    }
}
