package dev.warden.policy.format;

import dev.warden.policy.format.FileUnits.DeclUnits;
import dev.warden.policy.format.FileUnits.MemberUnits;
import dev.warden.policy.syntax.Comment;
import dev.warden.policy.syntax.Decl;
import dev.warden.policy.syntax.DeclKind;
import dev.warden.policy.syntax.Member;
import dev.warden.policy.syntax.SourceFile;
import java.util.List;

/**
 * Writes a file in the canonical layout: one blank line between declarations; members indented
 * four spaces, their values in one column (one space past the longest keyword of the declaration);
 * lists as {@code [a, b]}; conditions in canonical spacing, broken before a top-level {@code and}
 * or {@code or} when a line would pass 100 columns, continuation lines starting in the value column.
 */
final class Printer {
    static final int WIDTH = 100;
    private static final String INDENT = "    ";

    private final SourceFile source;
    private final Lines out = new Lines();

    private Printer(SourceFile source) {
        this.source = source;
    }

    static String print(SourceFile source, FileUnits file, int lastTokenLine) {
        Printer printer = new Printer(source);
        List<DeclUnits> decls = file.declarations();
        for (int i = 0; i < decls.size(); i++) {
            DeclUnits decl = decls.get(i);
            printer.out.blank();
            printer.topLevelComments(decl.header().leading, decl.decl().keyword().line());
            printer.declaration(decl);
        }
        List<Comment> end = file.end().leading;
        if (!end.isEmpty() && printer.blankBetween(lastTokenLine, end.get(0).span().line())) {
            printer.out.blank();
        }
        printer.topLevelComments(end, 0);
        return printer.out.text();
    }

    /** Comments above a declaration (or at the end of the file), keeping a blank line where there was one. */
    private void topLevelComments(List<Comment> comments, int followingLine) {
        for (int i = 0; i < comments.size(); i++) {
            if (i > 0 && blankBetween(comments.get(i - 1).span().line(), comments.get(i).span().line())) {
                out.blank();
            }
            out.add(text(comments.get(i)));
        }
        if (!comments.isEmpty() && blankBetween(comments.get(comments.size() - 1).span().line(), followingLine)) {
            out.blank();
        }
    }

    private void declaration(DeclUnits units) {
        Decl decl = units.decl();
        String head = decl.kind() == DeclKind.POLICY ? "policy {" : decl.keywordText() + " " + decl.name().text() + " {";
        out.add(head, units.header().trailingText());
        int width = units.members().stream().mapToInt(m -> m.member().key().length()).max().orElse(0) + 1;
        for (MemberUnits member : units.members()) {
            member(member, width);
        }
        comments(units.close().leading, INDENT);
        out.add("}", units.close().trailingText());
    }

    private void member(MemberUnits units, int width) {
        List<Unit> parts = units.parts();
        comments(parts.get(0).leading, INDENT);
        String head = INDENT + units.member().key() + " ".repeat(width - units.member().key().length());
        if (units.member() instanceof Member.Condition condition) {
            new ConditionLayout(out, head, parts).write(condition.expr());
        } else {
            out.add(head + MemberText.value(units.member(), units.bracketed()), parts.get(0).trailingText());
        }
    }

    private void comments(List<Comment> comments, String indent) {
        comments.forEach(c -> out.add(indent + text(c)));
    }

    private static String text(Comment comment) {
        return comment.text().stripTrailing();
    }

    /** Whether a blank line lies strictly between two lines of the source. */
    private boolean blankBetween(int from, int to) {
        for (int line = from + 1; line < to; line++) {
            if (source.line(line).isBlank()) {
                return true;
            }
        }
        return false;
    }
}
