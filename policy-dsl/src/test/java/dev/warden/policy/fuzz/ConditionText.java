package dev.warden.policy.fuzz;

import java.util.ArrayList;
import java.util.List;

/** Renders a {@link Cond} in a {@link TextStyle}; an and/or may continue on the next line. */
final class ConditionText {
    private final TextStyle style;

    ConditionText(TextStyle style) {
        this.style = style;
    }

    String condition(Cond c) {
        if (c instanceof Cond.And and) {
            return joined(and.operands(), "and");
        }
        if (c instanceof Cond.Or or) {
            return joined(or.operands(), "or");
        }
        if (c instanceof Cond.Not not) {
            String operand = operand(not.operand());
            return "not" + (operand.startsWith("(") ? style.pick("", " ") : " ") + operand;
        }
        if (c instanceof Cond.Paren p) {
            return "(" + style.pick("", " ") + condition(p.inner()) + style.pick("", " ") + ")";
        }
        if (c instanceof Cond.Compare cmp) {
            return operand(cmp.left()) + gap() + cmp.op() + gap() + operand(cmp.right());
        }
        if (c instanceof Cond.Contains contains) {
            return contains.set() + " contains " + style.string(contains.item());
        }
        if (c instanceof Cond.In in) {
            List<String> literals = new ArrayList<>();
            in.literals().forEach(l -> literals.add(operand(l)));
            String comma = style.pick(", ", ",", " , ");
            return operand(in.value()) + " in " + "[" + style.pick("", " ") + String.join(comma, literals)
                + (style.chance(0.2) ? comma.strip() : "") + "]";
        }
        if (c instanceof Cond.Matches m) {
            return operand(m.value()) + " matches " + style.string(m.regex());
        }
        return operand(((Cond.Truth) c).operand());
    }

    private String gap() {
        return style.pick(" ", "", "  ");
    }

    /** And/or operands; a condition may continue on the next line after the operator. */
    private String joined(List<Cond> operands, String op) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < operands.size(); k++) {
            if (k > 0) {
                out.append(' ').append(op).append(style.chance(0.15) ? style.newline + style.indent + style.indent : " ");
            }
            out.append(operand(operands.get(k)));
        }
        return out.toString();
    }

    private String operand(Cond c) {
        return Cond.needsParens(c) ? "(" + condition(c) + ")" : condition(c);
    }

    private String operand(Cond.Operand o) {
        if (o instanceof Cond.Path p) {
            return p.dotted();
        }
        if (o instanceof Cond.IntLit i) {
            return style.integer(i.value());
        }
        if (o instanceof Cond.StrLit s) {
            return style.string(s.value());
        }
        return String.valueOf(((Cond.BoolLit) o).value());
    }
}
