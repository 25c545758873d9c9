package dev.warden.policy.format;

import dev.warden.policy.Diagnostic;
import dev.warden.policy.FormatResult;
import dev.warden.policy.syntax.Comment;
import dev.warden.policy.syntax.Diagnostics;
import dev.warden.policy.syntax.Lexer;
import dev.warden.policy.syntax.ParsedFile;
import dev.warden.policy.syntax.Parser;
import dev.warden.policy.syntax.SourceFile;
import dev.warden.policy.syntax.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats one policy file. Lexes it once keeping comments, parses it, cuts it into units, places
 * the comments and prints; then parses its own output and refuses to return it unless it has the
 * same {@link NormalForm} — the same declarations, values and comments — as the input.
 */
public final class Formatter {

    private Formatter() {
    }

    public static FormatResult format(SourceFile source) {
        Parsed input = parse(source);
        if (!input.errors().isEmpty()) {
            return new FormatResult(null, input.errors());
        }
        UnitBuilder.Built built = UnitBuilder.build(input.file(), input.tokens());
        CommentPlacement.place(input.comments(), input.tokens(), built.sequence());
        int lastTokenLine = input.tokens().size() > 1 ? input.tokens().get(input.tokens().size() - 2).span().line() : 0;
        String text = Printer.print(source, built.file(), lastTokenLine);
        Parsed output = parse(new SourceFile(source.name(), text));
        if (!output.errors().isEmpty() || !output.normalForm().equals(input.normalForm())) {
            throw new IllegalStateException("formatting " + source.name() + " would change what it says or lose a "
                + "comment; it was left as it is (this is a bug in Warden: please report it with the file)");
        }
        return new FormatResult(text, List.of());
    }

    private record Parsed(ParsedFile file, List<Token> tokens, List<Comment> comments, List<Diagnostic> errors) {
        String normalForm() {
            return NormalForm.of(file, comments);
        }
    }

    private static Parsed parse(SourceFile source) {
        Diagnostics diagnostics = new Diagnostics();
        List<Comment> comments = new ArrayList<>();
        List<Token> tokens = Lexer.tokenize(source, diagnostics, comments);
        ParsedFile file = Parser.parse(source, tokens, diagnostics);
        List<Diagnostic> errors = diagnostics.hasErrors() ? diagnostics.sorted(List.of(source.name())) : List.of();
        return new Parsed(file, tokens, comments, errors);
    }
}
