package dev.warden.policy.syntax;

import java.util.List;

/**
 * Writes a condition back as source text, in one canonical spacing: what explanations quote and
 * what the formatter writes. Redundant parentheses go; those that group an {@code and} or {@code or}
 * inside another operator stay.
 */
public final class ExprPrinter {

    /** The formatter's spelling: integers as written, and a negated comparison in parentheses. */
    private final boolean asWritten;
    private final StringBuilder out = new StringBuilder();
    /** Levels of {@code not} and parentheses around what is printed next, counted as the parser does. */
    private int depth;

    private ExprPrinter(boolean asWritten) {
        this.asWritten = asWritten;
    }

    /** The condition with integers as numbers ({@code 5000000}): how explanations quote it. */
    public static String print(Expr expr) {
        ExprPrinter printer = new ExprPrinter(false);
        printer.print(expr, false);
        return printer.out.toString();
    }

    /**
     * The condition as the formatter writes it: integers as written ({@code 5_000_000}), a negated
     * comparison in parentheses ({@code not (tenant == "x")}, which reads unambiguously) unless
     * they would nest it deeper than the parser accepts; with {@code nested}, an {@code and}/{@code
     * or} is put in parentheses (it is an operand of another).
     */
    public static String printAsWritten(Expr expr, boolean nested) {
        ExprPrinter printer = new ExprPrinter(true);
        printer.print(expr, nested);
        return printer.out.toString();
    }

    private void print(Expr expr, boolean nested) {
        if (expr instanceof Expr.And and) {
            join(and.operands(), " and ", nested);
        } else if (expr instanceof Expr.Or or) {
            join(or.operands(), " or ", nested);
        } else if (expr instanceof Expr.Not not) {
            out.append("not ");
            depth++;
            Expr operand = not.operand();
            boolean comparison = !(operand instanceof Expr.Truth || operand instanceof Expr.Not
                || operand instanceof Expr.And || operand instanceof Expr.Or);
            // the parentheses are one more level: at the limit they would make a valid condition P006
            if (asWritten && comparison && depth < ExprParser.MAX_DEPTH) {
                out.append('(');
                print(operand, false);
                out.append(')');
            } else {
                print(operand, true);
            }
            depth--;
        } else if (expr instanceof Expr.Compare compare) {
            out.append(text(compare.left())).append(' ').append(compare.op().symbol()).append(' ')
                .append(text(compare.right()));
        } else if (expr instanceof Expr.Contains contains) {
            out.append(text(contains.left())).append(" contains ").append(text(contains.right()));
        } else if (expr instanceof Expr.In in) {
            out.append(text(in.left())).append(" in [");
            for (int i = 0; i < in.values().size(); i++) {
                out.append(i == 0 ? "" : ", ").append(text(in.values().get(i)));
            }
            out.append(']');
        } else if (expr instanceof Expr.Matches matches) {
            out.append(text(matches.left())).append(" matches ").append(quote(matches.pattern().value()));
        } else {
            out.append(text(((Expr.Truth) expr).operand()));
        }
    }

    private void join(List<Expr> operands, String op, boolean nested) {
        out.append(nested ? "(" : "");
        depth += nested ? 1 : 0;
        for (int i = 0; i < operands.size(); i++) {
            out.append(i == 0 ? "" : op);
            print(operands.get(i), true);
        }
        depth -= nested ? 1 : 0;
        out.append(nested ? ")" : "");
    }

    private String text(Operand operand) {
        return asWritten && operand instanceof Operand.IntLit i ? i.written() : operand(operand);
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

    /**
     * A string literal in its one canonical spelling: {@code \" \\ \n \t \r} escaped, every other
     * character written as itself unless it is invisible or misleading on screen — control and
     * format characters (bidirectional overrides among them), line and paragraph separators, spaces
     * other than U+0020, private-use, unassigned and unpaired surrogate code points — which are
     * written {@code \}{@code uXXXX}, so what a reviewer sees is what the policy says.
     */
    public static String quote(String value) {
        StringBuilder q = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int next = i + Character.charCount(cp);
            switch (cp) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                default -> {
                    if (hidden(cp)) {
                        for (int k = i; k < next; k++) {
                            q.append(String.format("\\u%04x", (int) value.charAt(k)));
                        }
                    } else {
                        q.appendCodePoint(cp);
                    }
                }
            }
            i = next;
        }
        return q.append('"').toString();
    }

    private static boolean hidden(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE -> true;
            case Character.SPACE_SEPARATOR -> cp != ' ';
            default -> false;
        };
    }
}
