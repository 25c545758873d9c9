package dev.warden.policy.check;

import dev.warden.policy.syntax.Code;
import dev.warden.policy.syntax.Diagnostics;
import dev.warden.policy.syntax.Expr;
import dev.warden.policy.syntax.Name;
import dev.warden.policy.syntax.Operand;
import dev.warden.policy.syntax.Suggest;
import java.util.List;

/** Checks names and types in a condition. Attributes outside {@code arg.*} are typed at decision time. */
final class ConditionChecker {
    static final List<String> PRINCIPAL_FACTS = List.of("subject", "issuer", "groups", "claim");
    static final List<String> ARG_ATTRIBUTES = List.of("arg.size", "arg.count");

    private final Diagnostics diagnostics;

    ConditionChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
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
        if (left == ValueType.GROUPS || right == ValueType.GROUPS) {
            groupsMisuse(left == ValueType.GROUPS ? compare.left() : compare.right());
        } else if (compare.op().ordering() && (isNotInt(left) || isNotInt(right))) {
            Operand bad = isNotInt(left) ? compare.left() : compare.right();
            diagnostics.error(Code.P031, bad.span(), "'" + compare.op().symbol() + "' compares integers, but "
                + show(bad) + " is " + (isNotInt(left) ? left : right).description, "use '==' or '!=' instead");
        } else if (left.known() && right.known() && left != right) {
            diagnostics.error(Code.P031, compare.opSpan(), "cannot compare " + left.description + " ("
                + show(compare.left()) + ") with " + right.description + " (" + show(compare.right()) + ")",
                "compare values of the same type");
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
        if (left != ValueType.GROUPS) {
            groupsMisuse(contains.left());
        } else if (!(contains.right() instanceof Operand.StrLit)) {
            diagnostics.error(Code.P033, contains.right().span(), "'contains' needs a group name in quotes",
                "write: principal.groups contains \"group-name\"");
        }
    }

    private void groupsMisuse(Operand at) {
        diagnostics.error(Code.P033, at.span(), "'contains' and principal.groups only go together",
            "write: principal.groups contains \"group-name\"");
    }

    private void truth(Expr.Truth truth) {
        ValueType type = typeOf(truth.operand());
        if (type == ValueType.GROUPS) {
            groupsMisuse(truth.operand());
        } else if (type != null && type != ValueType.BOOL && type != ValueType.DYNAMIC) {
            diagnostics.error(Code.P031, truth.operand().span(), show(truth.operand()) + " is " + type.description
                + ", not a condition", "compare it, e.g. " + show(truth.operand()) + " == ...");
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
        if (dotted.startsWith("arg.") && !ARG_ATTRIBUTES.contains(dotted)) {
            String hint = Suggest.didYouMean(dotted, ARG_ATTRIBUTES);
            diagnostics.error(Code.P010, path.span(), "unknown attribute '" + dotted + "'",
                hint != null ? hint : "the arg attributes are " + String.join(", ", ARG_ATTRIBUTES));
            return null;
        }
        return ARG_ATTRIBUTES.contains(dotted) ? ValueType.INT : ValueType.DYNAMIC;
    }

    private ValueType principalFact(Operand.Path path) {
        List<Name> parts = path.parts();
        String fact = parts.size() > 1 ? parts.get(1).text() : "";
        int expectedParts = fact.equals("claim") ? 3 : 2;
        if (PRINCIPAL_FACTS.contains(fact) && parts.size() == expectedParts) {
            return fact.equals("groups") ? ValueType.GROUPS : ValueType.STRING;
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
        if (operand instanceof Operand.Path path) {
            return path.dotted();
        }
        if (operand instanceof Operand.StrLit str) {
            return "\"" + str.value() + "\"";
        }
        return operand instanceof Operand.IntLit i ? Long.toString(i.value()) : String.valueOf(((Operand.BoolLit) operand).value());
    }
}
