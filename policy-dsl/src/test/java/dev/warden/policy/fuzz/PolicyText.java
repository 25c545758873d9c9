package dev.warden.policy.fuzz;

import dev.warden.policy.fuzz.PolicyModel.Cond;
import dev.warden.policy.fuzz.PolicyModel.Operand;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Renders a {@link PolicyModel} as policy text, varying everything the language lets vary: line
 * breaks ({@code \n}, {@code \r\n}, a lone {@code \r}), indentation, spacing, comments, blank
 * lines, member order, trailing commas, underscores in integers, escapes in strings, conditions
 * continued after {@code and}/{@code or}. The variation comes from the model's layout seed, so one
 * model always renders to the same text.
 */
final class PolicyText {
    private final Random random;
    /** The line break this file uses. */
    final String newline;
    private final String indent;

    private PolicyText(long layoutSeed) {
        this.random = new Random(layoutSeed);
        this.newline = pick("\n", "\n", "\n", "\r\n", "\r");
        this.indent = pick("    ", "\t", "  ", "");
    }

    /** The declarations, each a block of whole lines, in source order. */
    static PolicyText.Blocks render(PolicyModel model) {
        PolicyText text = new PolicyText(model.layoutSeed());
        List<String> blocks = new ArrayList<>();
        model.identities().forEach(i -> blocks.add(text.identity(i)));
        model.entryPoints().forEach(e -> blocks.add(text.entryPoint(e)));
        model.rules().forEach(r -> blocks.add(text.rule(r)));
        Collections.shuffle(blocks, text.random); // declaration order never matters
        return new Blocks(blocks, text.newline);
    }

    /** A rendered policy: its declarations and the line break they use. */
    record Blocks(List<String> declarations, String newline) {
        String text() {
            return String.join("", declarations);
        }
    }

    private String identity(PolicyModel.Identity i) {
        List<String> fields = new ArrayList<>();
        fields.add("issuer" + space() + string(i.issuer()));
        fields.add("subject" + space() + string(i.subject()));
        if (i.audience() != null) {
            fields.add("audience" + space() + string(i.audience()));
        }
        if (i.group() != null) {
            fields.add("group" + space() + string(i.group()));
        }
        return block("identity", i.name(), fields);
    }

    private String entryPoint(PolicyModel.EntryPoint e) {
        List<String> fields = new ArrayList<>();
        e.methods().forEach(m -> fields.add("method" + space() + string(m.text(pick(", ", ",", " , ")))));
        return block("entrypoint", e.name(), fields);
    }

    private String rule(PolicyModel.Rule r) {
        List<String> clauses = new ArrayList<>();
        clauses.add("principal" + space() + target(r.principal()));
        clauses.add("call" + space() + target(r.call()));
        r.conditions().forEach(c -> clauses.add((c.unless() ? "unless" : "when") + space() + condition(c.condition())));
        return block(r.forbid() ? "forbid" : "permit", r.name(), clauses);
    }

    private String block(String keyword, String name, List<String> members) {
        Collections.shuffle(members, random); // member order never matters
        StringBuilder out = new StringBuilder();
        if (chance(0.3)) {
            out.append(comment()).append(newline);
        }
        out.append(keyword).append(space()).append(name).append(chance(0.1) ? newline : space()).append('{').append(newline);
        for (int m = 0; m < members.size(); m++) {
            if (chance(0.1)) {
                out.append(chance(0.5) ? "" : indent + comment()).append(newline);
            }
            out.append(indent).append(members.get(m));
            boolean last = m == members.size() - 1;
            if (last && chance(0.15)) {
                return out.append(space()).append('}').append(newline).toString();
            }
            out.append(chance(0.15) ? space() + comment() : "").append(newline);
        }
        return out.append('}').append(chance(0.2) ? space() + comment() : "").append(newline)
            .append(chance(0.5) ? newline : "").toString();
    }

    private String target(PolicyModel.Target t) {
        if (t.any()) {
            return "any";
        }
        if (t.names().size() == 1 && chance(0.7)) {
            return t.names().get(0);
        }
        String comma = pick(", ", ",", " , ");
        return "[" + pick("", " ") + String.join(comma, t.names()) + (chance(0.2) ? comma.strip() : "") + pick("", " ") + "]";
    }

    String condition(Cond c) {
        if (c instanceof PolicyModel.And and) {
            return joined(and.operands(), "and");
        }
        if (c instanceof PolicyModel.Or or) {
            return joined(or.operands(), "or");
        }
        if (c instanceof PolicyModel.Not not) {
            String operand = operand(not.operand());
            return "not" + (operand.startsWith("(") ? pick("", " ") : " ") + operand;
        }
        if (c instanceof PolicyModel.Paren p) {
            return "(" + pick("", " ") + condition(p.inner()) + pick("", " ") + ")";
        }
        if (c instanceof PolicyModel.Compare cmp) {
            return operand(cmp.left()) + pick(" ", "", "  ") + cmp.op() + pick(" ", "", "  ") + operand(cmp.right());
        }
        if (c instanceof PolicyModel.Contains contains) {
            return "principal.groups contains " + string(contains.group());
        }
        return operand(((PolicyModel.Truth) c).operand());
    }

    /** And/or operands; a condition may continue on the next line after the operator. */
    private String joined(List<Cond> operands, String op) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < operands.size(); k++) {
            if (k > 0) {
                out.append(' ').append(op).append(chance(0.15) ? newline + indent + indent : " ");
            }
            out.append(operand(operands.get(k)));
        }
        return out.toString();
    }

    private String operand(Cond c) {
        return PolicyModel.needsParens(c) ? "(" + condition(c) + ")" : condition(c);
    }

    private String operand(Operand o) {
        if (o instanceof PolicyModel.Path p) {
            return p.dotted();
        }
        if (o instanceof PolicyModel.IntLit i) {
            return integer(i.value());
        }
        if (o instanceof PolicyModel.StrLit s) {
            return string(s.value());
        }
        return String.valueOf(((PolicyModel.BoolLit) o).value());
    }

    /** Decimal, sometimes with '_' between digits. */
    private String integer(long value) {
        String digits = Long.toString(value);
        if (!chance(0.2) || digits.length() < 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder(digits.substring(0, 2));
        for (int k = 2; k < digits.length(); k++) {
            out.append(chance(0.3) ? "_" : "").append(digits.charAt(k));
        }
        return out.toString();
    }

    /** A string literal whose decoded value is {@code value}: escapes where needed, sometimes where not. */
    String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append(chance(0.5) ? "\\n" : "\\u000a");
                case '\r' -> out.append(chance(0.5) ? "\\r" : "\\u000D");
                case '\t' -> out.append(chance(0.5) ? "\\t" : "\t");
                default -> out.append(chance(0.08) ? String.format(chance(0.5) ? "\\u%04x" : "\\u%04X", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private String comment() {
        return "#" + pick("", " ") + pick("", "note", "permit x { # not code", "\"quoted\" \\ and { braces", "caf\u00e9 \uD83D\uDE00",
            "\0 nul", "\uFEFF bom", "when a and b or c");
    }

    private String space() {
        return pick(" ", " ", "  ", "\t");
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
