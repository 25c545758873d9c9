package dev.warden.policy.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A generated condition before it becomes text, well typed for the rule it is in. {@link #levels}
 * counts the nesting the parser sees ({@code not} and parentheses).
 */
sealed interface Cond permits Cond.And, Cond.Or, Cond.Not, Cond.Paren, Cond.Compare, Cond.Contains, Cond.In,
    Cond.Matches, Cond.Truth {

    record And(List<Cond> operands) implements Cond {
    }

    record Or(List<Cond> operands) implements Cond {
    }

    record Not(Cond operand) implements Cond {
    }

    record Paren(Cond inner) implements Cond {
    }

    record Compare(Operand left, String op, Operand right) implements Cond {
    }

    /** {@code set contains "item"}, the set a path ({@code principal.groups}, {@code sql.effects}, an attribute). */
    record Contains(String set, String item) implements Cond {
    }

    /** {@code value in [literal, ...]}. */
    record In(Operand value, List<Operand> literals) implements Cond {
    }

    /** {@code value matches "regex"}. */
    record Matches(Operand value, String regex) implements Cond {
    }

    record Truth(Operand operand) implements Cond {
    }

    sealed interface Operand permits Path, IntLit, StrLit, BoolLit {
    }

    record Path(String dotted) implements Operand {
    }

    record IntLit(long value) implements Operand {
    }

    record StrLit(String value) implements Operand {
    }

    record BoolLit(boolean value) implements Operand {
    }

    /** Whether the renderer must parenthesise {@code c} as an operand of and/or/not. */
    static boolean needsParens(Cond c) {
        return c instanceof And || c instanceof Or;
    }

    /** Nesting levels the parser counts for {@code c} as rendered by {@link ConditionText}. */
    static int levels(Cond c) {
        if (c instanceof Not not) {
            return 1 + levels(not.operand()) + (needsParens(not.operand()) ? 1 : 0);
        }
        if (c instanceof Paren p) {
            return 1 + levels(p.inner());
        }
        return children(c).stream().mapToInt(o -> levels(o) + (needsParens(o) ? 1 : 0)).max().orElse(0);
    }

    static List<Cond> children(Cond c) {
        List<Cond> children = new ArrayList<>();
        if (c instanceof And and) {
            children.addAll(and.operands());
        } else if (c instanceof Or or) {
            children.addAll(or.operands());
        } else if (c instanceof Not not) {
            children.add(not.operand());
        } else if (c instanceof Paren p) {
            children.add(p.inner());
        }
        return children;
    }

    /** Every condition in {@code c}, {@code c} included, depth first. */
    static void walk(Cond c, Consumer<Cond> visit) {
        visit.accept(c);
        children(c).forEach(child -> walk(child, visit));
    }

    /** The operands of one comparison-like condition (not of its children). */
    static List<Operand> operands(Cond c) {
        if (c instanceof Compare cmp) {
            return List.of(cmp.left(), cmp.right());
        }
        if (c instanceof In in) {
            List<Operand> all = new ArrayList<>(in.literals());
            all.add(0, in.value());
            return all;
        }
        if (c instanceof Matches m) {
            return List.of(m.value());
        }
        if (c instanceof Contains contains) {
            return List.of(new Path(contains.set()), new StrLit(contains.item()));
        }
        return c instanceof Truth t ? List.of(t.operand()) : List.of();
    }
}
