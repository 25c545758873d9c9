package dev.warden.policy.format;

import dev.warden.policy.syntax.ExprPrinter;
import dev.warden.policy.syntax.Member;
import dev.warden.policy.syntax.Name;
import dev.warden.policy.syntax.Target;
import java.util.stream.Collectors;

/** A member's value as source text, with canonical string escapes and list spacing. */
final class MemberText {

    private MemberText() {
    }

    /**
     * The value after the keyword. A list of one name is bracketed only when {@code bracketOne}; a
     * condition is in canonical spacing on one line ({@link ConditionLayout} breaks long ones).
     */
    static String value(Member member, boolean bracketOne) {
        if (member instanceof Member.Str str) {
            return ExprPrinter.quote(str.value().value());
        }
        if (member instanceof Member.Word word) {
            return word.word().text();
        }
        if (member instanceof Member.NamedStr named) {
            return named.name().text() + (named.value() == null ? "" : " " + ExprPrinter.quote(named.value().value()));
        }
        if (member instanceof Member.Condition condition) {
            return ExprPrinter.print(condition.expr());
        }
        Target target = ((Member.Targets) member).target();
        if (target instanceof Target.Names names) {
            String joined = names.names().stream().map(Name::text).collect(Collectors.joining(", "));
            return bracketOne || names.names().size() > 1 ? "[" + joined + "]" : joined;
        }
        return "any";
    }
}
