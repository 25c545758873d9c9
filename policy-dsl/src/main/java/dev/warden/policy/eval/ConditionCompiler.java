package dev.warden.policy.eval;

import dev.warden.policy.syntax.CompareOp;
import dev.warden.policy.syntax.Expr;
import dev.warden.policy.syntax.Operand;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;

/**
 * Turns a checked expression into a {@link Condition}. Assumes the checker accepted it. Time facts
 * are read in the zone of the file the rule is in.
 */
final class ConditionCompiler {
    private final ZoneRules zone;

    ConditionCompiler(ZoneId zone) {
        this.zone = zone.getRules();
    }

    Condition compile(Expr expr) {
        if (expr instanceof Expr.And and) {
            return new Condition.All(compileAll(and.operands()));
        }
        if (expr instanceof Expr.Or or) {
            return new Condition.AnyOf(compileAll(or.operands()));
        }
        if (expr instanceof Expr.Not not) {
            return new Condition.Not(compile(not.operand()));
        }
        if (expr instanceof Expr.Compare compare) {
            return new Condition.Compare(value(compare.left()), compare.op(), value(compare.right()));
        }
        if (expr instanceof Expr.Contains contains) {
            return new Condition.Contains(value(contains.left()), ((Operand.StrLit) contains.right()).value());
        }
        if (expr instanceof Expr.In in) {
            return new Condition.In(value(in.left()), in.values().stream().map(v -> value(v).get(null)).toArray());
        }
        if (expr instanceof Expr.Matches matches) {
            return new Condition.Matches(value(matches.left()), com.google.re2j.Pattern.compile(matches.pattern().value()));
        }
        Operand operand = ((Expr.Truth) expr).operand();
        if (operand instanceof Operand.BoolLit literal) {
            // a constant: compare it with true so it still goes through one code path
            return new Condition.Compare(new Value.Literal(literal.value()), CompareOp.EQ, new Value.Literal(true));
        }
        return new Condition.IsTrue(value(operand));
    }

    private Condition[] compileAll(List<Expr> operands) {
        return operands.stream().map(this::compile).toArray(Condition[]::new);
    }

    Value value(Operand operand) {
        if (operand instanceof Operand.IntLit i) {
            return new Value.Literal(i.value());
        }
        if (operand instanceof Operand.StrLit s) {
            return new Value.Literal(s.value());
        }
        if (operand instanceof Operand.BoolLit b) {
            return new Value.Literal(b.value());
        }
        Operand.Path path = (Operand.Path) operand;
        String root = path.parts().get(0).text();
        if (root.equals("principal")) {
            return switch (path.parts().get(1).text()) {
                case "subject" -> new Value.Subject();
                case "issuer" -> new Value.Issuer();
                case "groups" -> new Value.Groups();
                default -> new Value.Claim(path.parts().get(2).text());
            };
        }
        if (root.equals("time") && path.parts().size() == 2) {
            return new Value.Time(path.parts().get(1).text(), zone);
        }
        if (root.equals("http") && path.parts().size() == 3 && path.parts().get(1).text().equals("header")) {
            String written = path.parts().get(2).text();
            return new Value.Header(written.replace('_', '-').toLowerCase(Locale.ROOT), written);
        }
        if (root.equals("http") && path.parts().size() == 2) {
            return new Value.Http(path.parts().get(1).text());
        }
        return new Value.Attribute(path.dotted());
    }
}
