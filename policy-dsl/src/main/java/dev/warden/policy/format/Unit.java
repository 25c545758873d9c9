package dev.warden.policy.format;

import dev.warden.policy.syntax.Comment;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of tokens, {@code first} to {@code last}, that comments attach to: a declaration's header
 * (keyword to '{'), a field or clause (or one operand of a condition), a closing '}', the end of
 * the file. A comment before a unit is printed above it; one after its last token on the same line
 * is printed at the end of its line.
 */
final class Unit {
    final int first;
    final int last;
    /** A condition operand after the first: its first token is the {@code and}/{@code or} before it. */
    final boolean operatorFirst;
    /** Position in the file's sequence of units. */
    int index;
    final List<Comment> leading = new ArrayList<>();
    Comment trailing;

    Unit(int first, int last, boolean operatorFirst) {
        this.first = first;
        this.last = last;
        this.operatorFirst = operatorFirst;
    }

    /** The trailing comment's text, or null. */
    String trailingText() {
        return trailing == null ? null : trailing.text().stripTrailing();
    }
}
