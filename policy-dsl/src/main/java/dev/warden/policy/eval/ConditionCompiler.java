package dev.warden.policy.eval;

import dev.warden.policy.syntax.CompareOp;
import dev.warden.policy.syntax.Expr;
import dev.warden.policy.syntax.Operand;
import java.util.List;

/** Turns a checked expression into a {@link Condition}. Assumes the checker accepted it. */
final class ConditionCompiler {

    private ConditionCompiler() {
    }

    static Condition compile(Expr expr) {
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
            return new Condition.InGroup(((Operand.StrLit) contains.right()).value());
        }
        Operand operand = ((Expr.Truth) expr).operand();
        if (operand instanceof Operand.BoolLit literal) {
            // a constant: compare it with true so it still goes through one code path
            return new Condition.Compare(new Value.Literal(literal.value()), CompareOp.EQ, new Value.Literal(true));
        }
        return new Condition.IsTrue(value(operand));
    }

    private static Condition[] compileAll(List<Expr> operands) {
        return operands.stream().map(ConditionCompiler::compile).toArray(Condition[]::new);
    }

    static Value value(Operand operand) {
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
        if (!path.parts().get(0).text().equals("principal")) {
            return new Value.Attribute(path.dotted());
        }
        return switch (path.parts().get(1).text()) {
            case "subject" -> new Value.Subject();
            case "issuer" -> new Value.Issuer();
            default -> new Value.Claim(path.parts().get(2).text());
        };
    }
}
