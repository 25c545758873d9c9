package dev.warden.policy.check;

import dev.warden.policy.syntax.Code;
import dev.warden.policy.syntax.Diagnostics;
import dev.warden.policy.syntax.Expr;
import dev.warden.policy.syntax.ExprPrinter;
import dev.warden.policy.syntax.Name;
import dev.warden.policy.syntax.Operand;
import dev.warden.policy.syntax.RuleKind;
import dev.warden.policy.syntax.Suggest;
import java.util.List;

/**
 * Checks names and types in the conditions of one rule. The typed facts ({@link Facts}) must fit
 * the rule's target kind; paths outside their namespaces are request attributes typed at decision
 * time.
 */
final class ConditionChecker {
    static final List<String> PRINCIPAL_FACTS = List.of("subject", "issuer", "groups", "claim");

    private final Diagnostics diagnostics;
    private final TargetKind target;
    private final RuleKind rule;
    private boolean usesResult;

    /** @param target the rule's target kind, or null when it has none (already reported) */
    ConditionChecker(Diagnostics diagnostics, TargetKind target, RuleKind rule) {
        this.diagnostics = diagnostics;
        this.target = target;
        this.rule = rule;
    }

    /** Whether any checked condition reads {@code result.*}. */
    boolean usesResult() {
        return usesResult;
    }

    void check(Expr expr) {
        if (expr instanceof Expr.And and) {
            and.operands().forEach(this::check);
        } else if (expr instanceof Expr.Or or) {
            or.operands().forEach(this::check);
        } else if (expr instanceof Expr.Not not) {
            check(not.operand());
        } else if (expr instanceof Expr.Compare compare) {
            compare(compare);
        } else if (expr instanceof Expr.Contains contains) {
            contains(contains);
        } else if (expr instanceof Expr.In in) {
            in(in);
        } else if (expr instanceof Expr.Matches matches) {
            matches(matches);
        } else if (expr instanceof Expr.Truth truth) {
            truth(truth);
        }
    }

    private void compare(Expr.Compare compare) {
        ValueType left = typeOf(compare.left());
        ValueType right = typeOf(compare.right());
        if (left == null || right == null) {
            return;
        }
        if (left == ValueType.SET || right == ValueType.SET) {
            setMisuse(left == ValueType.SET ? compare.left() : compare.right());
        } else if (compare.op().ordering() && (isNotInt(left) || isNotInt(right))) {
            Operand bad = isNotInt(left) ? compare.left() : compare.right();
            diagnostics.error(Code.P031, bad.span(), "'" + compare.op().symbol() + "' compares integers, but "
                + show(bad) + " is " + (isNotInt(left) ? left : right).description, "use '==' or '!=' instead");
        } else if (left.known() && right.known() && left != right) {
            diagnostics.error(Code.P031, compare.opSpan(), "cannot compare " + left.description + " ("
                + show(compare.left()) + ") with " + right.description + " (" + show(compare.right()) + ")",
                "compare values of the same type");
        } else {
            literalFits(compare.left(), compare.right());
            literalFits(compare.right(), compare.left());
        }
    }

    private static boolean isNotInt(ValueType type) {
        return type.known() && type != ValueType.INT;
    }

    private void contains(Expr.Contains contains) {
        ValueType left = typeOf(contains.left());
        ValueType right = typeOf(contains.right());
        if (left == null || right == null) {
            return;
        }
        if (left != ValueType.SET && left != ValueType.DYNAMIC) {
            diagnostics.error(Code.P033, contains.left().span(), "'contains' needs a set on its left, but "
                + show(contains.left()) + " is " + left.description,
                "write e.g.: principal.groups contains \"group-name\", or use == to compare values");
        } else if (!(contains.right() instanceof Operand.StrLit)) {
            diagnostics.error(Code.P033, contains.right().span(), "'contains' needs a value in quotes",
                "write: " + show(contains.left()) + " contains \"" + example(contains.left()) + "\"");
        } else {
            literalFits(contains.left(), contains.right());
        }
    }

    private void in(Expr.In in) {
        ValueType left = typeOf(in.left());
        if (left == null) {
            return;
        }
        if (left == ValueType.SET) {
            setMisuse(in.left());
            return;
        }
        for (Operand value : in.values()) {
            ValueType type = typeOf(value);
            if (left.known() && type != left) {
                diagnostics.error(Code.P031, value.span(), show(in.left()) + " is " + left.description + ", but "
                    + show(value) + " is " + type.description, "list values of the same type");
            } else {
                literalFits(in.left(), value);
            }
        }
    }

    private void matches(Expr.Matches matches) {
        ValueType left = typeOf(matches.left());
        if (left == ValueType.SET) {
            setMisuse(matches.left());
        } else if (left != null && left != ValueType.STRING && left != ValueType.DYNAMIC) {
            diagnostics.error(Code.P031, matches.left().span(), "'matches' tests strings, but " + show(matches.left())
                + " is " + left.description, "compare it with ==, <, ... instead");
        }
        Regexes.check(matches.pattern(), diagnostics);
    }

    private void setMisuse(Operand at) {
        diagnostics.error(Code.P033, at.span(), "'" + show(at) + "' is a set: test it with 'contains'",
            "write: " + show(at) + " contains \"" + example(at) + "\"");
    }

    private static String example(Operand set) {
        return set instanceof Operand.Path p && p.dotted().equals("principal.groups") ? "group-name" : "value";
    }

    private void truth(Expr.Truth truth) {
        ValueType type = typeOf(truth.operand());
        if (type == ValueType.SET) {
            setMisuse(truth.operand());
        } else if (type != null && type != ValueType.BOOL && type != ValueType.DYNAMIC) {
            diagnostics.error(Code.P031, truth.operand().span(), show(truth.operand()) + " is " + type.description
                + ", not a condition", "compare it, e.g. " + show(truth.operand()) + " == ...");
        }
    }

    /** Reports a literal outside the documented values of the fact it is compared with (P037). */
    private void literalFits(Operand factSide, Operand literalSide) {
        if (!(factSide instanceof Operand.Path path) || Facts.of(path.dotted()) == null) {
            return;
        }
        Facts.Fact fact = Facts.of(path.dotted());
        if (literalSide instanceof Operand.StrLit str && fact.values() != null && !fact.values().contains(str.value())) {
            String hint = Suggest.didYouMean(str.value(), fact.values());
            diagnostics.error(Code.P037, str.span(), "\"" + str.value() + "\" is not a value of " + fact.path(),
                hint != null ? hint : "the values are: " + String.join(", ", fact.values()));
        } else if (literalSide instanceof Operand.IntLit i && fact.path().startsWith("time.")) {
            int max = fact.path().equals("time.hour") ? 23 : 59;
            if (i.value() < 0 || i.value() > max) {
                diagnostics.error(Code.P037, i.span(), fact.path() + " is between 0 and " + max + ", never " + i.value(),
                    null);
            }
        }
    }

    /** The operand's type, or null after reporting an error about it. */
    private ValueType typeOf(Operand operand) {
        if (operand instanceof Operand.IntLit) {
            return ValueType.INT;
        }
        if (operand instanceof Operand.StrLit) {
            return ValueType.STRING;
        }
        if (operand instanceof Operand.BoolLit) {
            return ValueType.BOOL;
        }
        Operand.Path path = (Operand.Path) operand;
        if (path.parts().get(0).text().equals("principal")) {
            return principalFact(path);
        }
        String dotted = path.dotted();
        if (!Facts.inNamespace(dotted)) {
            return ValueType.DYNAMIC;
        }
        Facts.Fact fact = Facts.of(dotted);
        if (fact == null) {
            List<String> known = Facts.sameNamespace(dotted);
            String hint = Suggest.didYouMean(dotted, known);
            diagnostics.error(Code.P010, path.span(), "unknown attribute '" + dotted + "'",
                hint != null ? hint : "the " + dotted.substring(0, dotted.indexOf('.') + 1) + "* attributes are "
                    + String.join(", ", known));
            return null;
        }
        return factFits(fact, path) ? fact.type() : null;
    }

    /** Whether the fact exists for this rule's target kind (P035) and, for result.*, this rule kind (P036). */
    private boolean factFits(Facts.Fact fact, Operand.Path path) {
        if (target != null && !fact.kinds().contains(target)) {
            diagnostics.error(Code.P035, path.span(), fact.path() + " is only known in " + Facts.kindsOf(fact)
                + ", not in a '" + target.clause() + "' rule", "test it in a rule that covers "
                + Facts.kindsOf(fact).replace(" rules", "s"));
            return false;
        }
        if (fact.path().startsWith("result.")) {
            usesResult = true;
            if (rule == RuleKind.PERMIT || rule == RuleKind.INJECT) {
                diagnostics.error(Code.P036, path.span(), fact.path() + " is known only after the call, but a "
                    + rule.keyword() + " rule is decided before it runs",
                    "use it in a forbid, require_approval or mask rule, which are checked again once the result is known");
                return false;
            }
        }
        return true;
    }

    private ValueType principalFact(Operand.Path path) {
        List<Name> parts = path.parts();
        String fact = parts.size() > 1 ? parts.get(1).text() : "";
        int expectedParts = fact.equals("claim") ? 3 : 2;
        if (PRINCIPAL_FACTS.contains(fact) && parts.size() == expectedParts) {
            return fact.equals("groups") ? ValueType.SET : ValueType.STRING;
        }
        String hint = "use principal.subject, principal.issuer, principal.groups or principal.claim.NAME";
        if (!fact.isEmpty() && !PRINCIPAL_FACTS.contains(fact)) {
            String suggestion = Suggest.closest(fact, PRINCIPAL_FACTS);
            hint = suggestion != null ? "did you mean 'principal." + suggestion + "'?" : hint;
        }
        diagnostics.error(Code.P032, path.span(), "unknown principal fact '" + path.dotted() + "'", hint);
        return null;
    }

    private static String show(Operand operand) {
        return ExprPrinter.operand(operand);
    }
}
