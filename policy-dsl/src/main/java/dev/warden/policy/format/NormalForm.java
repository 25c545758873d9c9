package dev.warden.policy.format;

import dev.warden.policy.syntax.Comment;
import dev.warden.policy.syntax.Decl;
import dev.warden.policy.syntax.ExprPrinter;
import dev.warden.policy.syntax.Member;
import dev.warden.policy.syntax.Name;
import dev.warden.policy.syntax.ParsedFile;
import dev.warden.policy.syntax.Target;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a file means, written without any layout choice: every declaration and member with decoded
 * values, and its comments in order. Two texts with the same normal form compile to the same
 * policy; the formatter checks its output against its input with it.
 */
final class NormalForm {

    private NormalForm() {
    }

    static String of(ParsedFile file, List<Comment> comments) {
        StringBuilder out = new StringBuilder();
        for (Decl decl : file.declarations()) {
            out.append(decl.keywordText()).append(' ').append(decl.name().text()).append('\n');
            for (Member member : decl.members()) {
                out.append("  ").append(member.key()).append(' ').append(value(member)).append('\n');
            }
        }
        comments.forEach(c -> out.append(c.text().stripTrailing()).append('\n'));
        return out.toString();
    }

    private static String value(Member member) {
        if (member instanceof Member.Str str) {
            return ExprPrinter.quote(str.value().value());
        }
        if (member instanceof Member.Word word) {
            return word.word().text();
        }
        if (member instanceof Member.NamedStr named) {
            return named.name().text() + (named.value() == null ? "" : " " + ExprPrinter.quote(named.value().value()));
        }
        if (member instanceof Member.Condition condition) {
            return ExprPrinter.print(condition.expr());
        }
        Target target = ((Member.Targets) member).target();
        return target instanceof Target.Names names
            ? names.names().stream().map(Name::text).collect(Collectors.joining(", ", "[", "]")) : "any";
    }
}
