package dev.warden.policy.format;

import dev.warden.policy.syntax.Comment;
import dev.warden.policy.syntax.Span;
import dev.warden.policy.syntax.Token;
import java.util.List;

/**
 * Gives each comment to a unit. A comment after a unit's last token on the same line trails that
 * unit; one on a line of its own leads the unit that follows; one inside a unit (between its
 * tokens, e.g. in a list spread over lines) leads that unit — it moves up, it is never lost. This
 * keeps the order of comments, and formatting a formatted file places every comment where it was.
 */
final class CommentPlacement {

    private CommentPlacement() {
    }

    static void place(List<Comment> comments, List<Token> tokens, List<Unit> sequence) {
        Unit[] unitOfToken = new Unit[tokens.size()];
        for (Unit unit : sequence) {
            for (int i = unit.first; i <= unit.last; i++) {
                unitOfToken[i] = unit;
            }
        }
        for (Comment comment : comments) {
            int before = tokensBefore(tokens, comment.span()) - 1;
            if (before < 0) {
                sequence.get(0).leading.add(comment);
                continue;
            }
            Unit unit = unitOfToken[before];
            if (before < unit.last) {
                inside(comment, before, unit, sequence);
            } else if (!comment.ownLine()) {
                unit.trailing = comment;
            } else {
                sequence.get(unit.index + 1).leading.add(comment);
            }
        }
    }

    /**
     * A comment right after an operator that ends a line ({@code a or  # why}) trails the operand
     * before it; any other comment inside a unit moves above it.
     */
    private static void inside(Comment comment, int before, Unit unit, List<Unit> sequence) {
        Unit previous = unit.operatorFirst && before == unit.first && !comment.ownLine() && unit.leading.isEmpty()
            ? sequence.get(unit.index - 1) : null;
        if (previous != null && previous.trailing == null) {
            previous.trailing = comment;
        } else {
            unit.leading.add(comment);
        }
    }

    /** How many tokens start before {@code at}. */
    private static int tokensBefore(List<Token> tokens, Span at) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            Span s = tokens.get(mid).span();
            boolean before = s.line() < at.line() || (s.line() == at.line() && s.column() < at.column());
            if (before) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
