package dev.warden.policy.syntax;

import java.util.List;

/** Writes a condition back as source text, in one canonical spacing: what explanations quote. */
public final class ExprPrinter {

    private ExprPrinter() {
    }

    public static String print(Expr expr) {
        StringBuilder out = new StringBuilder();
        print(expr, out, false);
        return out.toString();
    }

    private static void print(Expr expr, StringBuilder out, boolean nested) {
        if (expr instanceof Expr.And and) {
            join(and.operands(), " and ", out, nested);
        } else if (expr instanceof Expr.Or or) {
            join(or.operands(), " or ", out, nested);
        } else if (expr instanceof Expr.Not not) {
            out.append("not ");
            print(not.operand(), out, true);
        } else if (expr instanceof Expr.Compare compare) {
            out.append(operand(compare.left())).append(' ').append(compare.op().symbol()).append(' ')
                .append(operand(compare.right()));
        } else if (expr instanceof Expr.Contains contains) {
            out.append(operand(contains.left())).append(" contains ").append(operand(contains.right()));
        } else if (expr instanceof Expr.In in) {
            out.append(operand(in.left())).append(" in [");
            for (int i = 0; i < in.values().size(); i++) {
                out.append(i == 0 ? "" : ", ").append(operand(in.values().get(i)));
            }
            out.append(']');
        } else if (expr instanceof Expr.Matches matches) {
            out.append(operand(matches.left())).append(" matches ").append(quote(matches.pattern().value()));
        } else {
            out.append(operand(((Expr.Truth) expr).operand()));
        }
    }

    private static void join(List<Expr> operands, String op, StringBuilder out, boolean nested) {
        out.append(nested ? "(" : "");
        for (int i = 0; i < operands.size(); i++) {
            out.append(i == 0 ? "" : op);
            print(operands.get(i), out, true);
        }
        out.append(nested ? ")" : "");
    }

    public static String operand(Operand operand) {
        if (operand instanceof Operand.Path path) {
            return path.dotted();
        }
        if (operand instanceof Operand.StrLit str) {
            return quote(str.value());
        }
        return operand instanceof Operand.IntLit i ? Long.toString(i.value()) : String.valueOf(((Operand.BoolLit) operand).value());
    }

    /** A string literal as it would be written, with escapes. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < ' ') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
