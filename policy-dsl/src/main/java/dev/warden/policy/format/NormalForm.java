package dev.warden.policy.format;

import dev.warden.policy.syntax.Comment;
import dev.warden.policy.syntax.Decl;
import dev.warden.policy.syntax.Member;
import dev.warden.policy.syntax.ParsedFile;
import java.util.List;

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
                out.append("  ").append(member.key()).append(' ').append(MemberText.value(member, true)).append('\n');
            }
        }
        comments.forEach(c -> out.append(c.text().stripTrailing()).append('\n'));
        return out.toString();
    }
}
