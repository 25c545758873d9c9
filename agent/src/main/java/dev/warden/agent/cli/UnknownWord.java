package dev.warden.agent.cli;

import dev.warden.policy.syntax.Suggest;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The message for a word on the command line that no command or option has ({@code warden polcy},
 * {@code replay sesions}, {@code --jornal}): what it is taken for, and the closest one. picocli's
 * own message only gives the word's index.
 */
final class UnknownWord {

    private UnknownWord() {
    }

    /**
     * The message, or null (picocli's "Unknown option: '--x'" then says it well enough) for an option
     * close to none and for a word that is neither a command nor an option.
     */
    static String message(UnmatchedArgumentException e) {
        List<String> unmatched = e.getUnmatched();
        if (unmatched.isEmpty()) {
            return null;
        }
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        String word = unmatched.get(0);
        if (word.startsWith("-")) {
            String option = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            String hint = Suggest.didYouMean(option, List.copyOf(spec.optionsMap().keySet()));
            return hint == null ? null : "unknown option '" + option + "': " + hint;
        }
        if (spec.subcommands().isEmpty()) {
            return null;
        }
        List<String> commands = List.copyOf(spec.subcommands().keySet());
        String hint = Suggest.didYouMean(word, commands);
        return "unknown command '" + word + "': " + (hint != null ? hint : "choose one of " + String.join(", ", commands));
    }
}
