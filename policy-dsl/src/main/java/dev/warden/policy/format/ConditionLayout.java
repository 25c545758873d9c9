package dev.warden.policy.format;

import dev.warden.policy.syntax.Comment;
import dev.warden.policy.syntax.Expr;
import dev.warden.policy.syntax.ExprPrinter;
import java.util.List;

/**
 * Lays out a {@code when}/{@code unless} condition: its top-level operands fill a line, and a new
 * line starts before an {@code and}/{@code or} when the next operand would pass the width, when a
 * comment ends the line, or when a comment stands above the next operand. Continuation lines start
 * in the value column, so the operator reads as the first word of the line.
 */
final class ConditionLayout {
    private final Lines out;
    private final String head;
    private final List<Unit> parts;

    ConditionLayout(Lines out, String head, List<Unit> parts) {
        this.out = out;
        this.head = head;
        this.parts = parts;
    }

    void write(Expr expr) {
        List<Expr> operands = parts.size() == 1 ? List.of(expr) : operandsOf(expr);
        String operator = expr instanceof Expr.And ? "and" : "or";
        String continuation = " ".repeat(head.length());
        String line = head + ExprPrinter.printAsWritten(operands.get(0), parts.size() > 1);
        for (int k = 1; k < operands.size(); k++) {
            String piece = operator + " " + ExprPrinter.printAsWritten(operands.get(k), true);
            Unit previous = parts.get(k - 1);
            Unit current = parts.get(k);
            if (previous.trailing != null || !current.leading.isEmpty()
                || line.length() + 1 + piece.length() > Printer.WIDTH) {
                out.add(line, previous.trailingText());
                for (Comment comment : current.leading) {
                    out.add(continuation + comment.text().stripTrailing());
                }
                line = continuation + piece;
            } else {
                line = line + " " + piece;
            }
        }
        out.add(line, parts.get(parts.size() - 1).trailingText());
    }

    private static List<Expr> operandsOf(Expr expr) {
        return expr instanceof Expr.And and ? and.operands() : ((Expr.Or) expr).operands();
    }
}
