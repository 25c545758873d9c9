package dev.warden.policy.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A generated policy before it becomes text: valid by construction (unique names, references to
 * declared names of the right kind, well-typed conditions, at most 64 levels of nesting).
 *
 * @param layoutSeed drives the cosmetic choices of {@link PolicyText}: line breaks, spacing,
 *     comments, string escapes, member order
 */
record PolicyModel(List<Identity> identities, List<EntryPoint> entryPoints, List<Rule> rules, long layoutSeed) {

    record Identity(String name, String issuer, String subject, String audience, String group) {
    }

    record EntryPoint(String name, List<Method> methods) {
    }

    /** @param parameterTypes null for "any overload" */
    record Method(String className, String methodName, List<String> parameterTypes) {
        String text(String separator) {
            return className + "#" + methodName + (parameterTypes == null ? "" : "(" + String.join(separator, parameterTypes) + ")");
        }
    }

    /** @param names empty for {@code any} */
    record Target(List<String> names) {
        boolean any() {
            return names.isEmpty();
        }
    }

    record Rule(boolean forbid, String name, Target principal, Target call, List<Clause> conditions) {
    }

    record Clause(boolean unless, Cond condition) {
    }

    /** A condition. {@link #levels} counts the nesting the parser sees ({@code not} and parentheses). */
    sealed interface Cond permits And, Or, Not, Paren, Compare, Contains, Truth {
    }

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

    /** {@code principal.groups contains "group"}. */
    record Contains(String group) implements Cond {
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

    /** Nesting levels the parser counts for {@code c} as rendered by {@link PolicyText}. */
    static int levels(Cond c) {
        if (c instanceof And and) {
            return and.operands().stream().mapToInt(o -> levels(o) + (needsParens(o) ? 1 : 0)).max().orElse(0);
        }
        if (c instanceof Or or) {
            return or.operands().stream().mapToInt(o -> levels(o) + (needsParens(o) ? 1 : 0)).max().orElse(0);
        }
        if (c instanceof Not not) {
            return 1 + levels(not.operand()) + (needsParens(not.operand()) ? 1 : 0);
        }
        return c instanceof Paren p ? 1 + levels(p.inner()) : 0;
    }

    List<String> ruleNames(boolean forbid) {
        return rules.stream().filter(r -> r.forbid() == forbid).map(Rule::name).toList();
    }

    /** Attribute paths, claim names and groups the conditions mention, for requests that reach them. */
    Set<String> attributes() {
        Set<String> found = new LinkedHashSet<>();
        rules.forEach(r -> r.conditions().forEach(c -> paths(c.condition(), found)));
        found.removeIf(p -> p.startsWith("principal."));
        return found;
    }

    Set<String> claims() {
        Set<String> found = new LinkedHashSet<>();
        rules.forEach(r -> r.conditions().forEach(c -> paths(c.condition(), found)));
        Set<String> claims = new LinkedHashSet<>();
        found.stream().filter(p -> p.startsWith("principal.claim.")).forEach(p -> claims.add(p.substring(16)));
        return claims;
    }

    Set<String> groups() {
        Set<String> found = new LinkedHashSet<>();
        identities.forEach(i -> {
            if (i.group() != null) {
                found.add(i.group());
            }
        });
        rules.forEach(r -> r.conditions().forEach(c -> groups(c.condition(), found)));
        return found;
    }

    private static void paths(Cond c, Set<String> found) {
        for (Cond child : children(c)) {
            paths(child, found);
        }
        List<Operand> operands = c instanceof Compare cmp ? List.of(cmp.left(), cmp.right())
            : c instanceof Truth t ? List.of(t.operand()) : List.of();
        operands.stream().filter(o -> o instanceof Path).forEach(o -> found.add(((Path) o).dotted()));
    }

    private static void groups(Cond c, Set<String> found) {
        children(c).forEach(child -> groups(child, found));
        if (c instanceof Contains contains) {
            found.add(contains.group());
        }
    }

    private static List<Cond> children(Cond c) {
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
}
