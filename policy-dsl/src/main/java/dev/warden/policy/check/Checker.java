package dev.warden.policy.check;

import dev.warden.policy.EntryPointPattern;
import dev.warden.policy.syntax.Clause;
import dev.warden.policy.syntax.Code;
import dev.warden.policy.syntax.Decl;
import dev.warden.policy.syntax.Diagnostics;
import dev.warden.policy.syntax.Name;
import dev.warden.policy.syntax.ParsedFile;
import dev.warden.policy.syntax.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves names and checks every declaration of a set of parsed files, reporting every problem.
 * Declarations whose body failed to parse still declare their name, so one typo does not cascade
 * into "unknown name" errors elsewhere.
 */
public final class Checker {
    private final Diagnostics diagnostics;
    private final NameTable names;
    private final List<Decl.Identity> identities = new ArrayList<>();
    private final List<Decl.EntryPoint> entryPoints = new ArrayList<>();

    private Checker(List<ParsedFile> files, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.names = new NameTable(files, diagnostics);
        for (Decl decl : names.declarations()) {
            if (decl instanceof Decl.Identity identity) {
                identities.add(identity);
            } else if (decl instanceof Decl.EntryPoint entryPoint) {
                entryPoints.add(entryPoint);
            }
        }
    }

    /** The checked policy; meaningful only if {@code diagnostics} stayed empty. */
    public static CheckedPolicy check(List<ParsedFile> files, Diagnostics diagnostics) {
        return new Checker(files, diagnostics).run();
    }

    private CheckedPolicy run() {
        List<CheckedPolicy.Identity> checkedIdentities = new ArrayList<>();
        identities.forEach(i -> checkedIdentities.add(new IdentityChecker(diagnostics).check(i)));
        List<CheckedPolicy.EntryPoint> checkedEntryPoints = new ArrayList<>();
        entryPoints.forEach(e -> checkedEntryPoints.add(entryPoint(e)));
        List<CheckedPolicy.Rule> rules = new ArrayList<>();
        for (Decl decl : names.declarations()) {
            if (decl instanceof Decl.Rule rule) {
                rules.add(rule(rule));
            }
        }
        return new CheckedPolicy(checkedIdentities, checkedEntryPoints, rules);
    }

    private CheckedPolicy.EntryPoint entryPoint(Decl.EntryPoint decl) {
        if (decl.methods().isEmpty() && !decl.recovered()) {
            diagnostics.error(Code.P014, decl.name().span(), "entrypoint '" + decl.name().text() + "' names no method",
                "add: method \"pkg.Class#method\"");
        }
        List<EntryPointPattern> patterns = new ArrayList<>();
        decl.methods().forEach(m -> {
            EntryPointPattern pattern = MethodPatterns.parse(m, diagnostics);
            if (pattern != null && !patterns.contains(pattern)) {
                patterns.add(pattern);
            }
        });
        return new CheckedPolicy.EntryPoint(decl.name().text(), patterns);
    }

    private CheckedPolicy.Rule rule(Decl.Rule decl) {
        Clause.PrincipalClause principal = null;
        Clause.CallClause call = null;
        List<CheckedPolicy.Condition> conditions = new ArrayList<>();
        ConditionChecker conditionChecker = new ConditionChecker(diagnostics);
        for (Clause clause : decl.clauses()) {
            if (clause instanceof Clause.PrincipalClause p) {
                principal = single(principal, p, decl);
            } else if (clause instanceof Clause.CallClause c) {
                call = single(call, c, decl);
            } else if (clause instanceof Clause.Condition c) {
                conditionChecker.check(c.expr());
                conditions.add(new CheckedPolicy.Condition(c.negated(), c.expr()));
            }
        }
        requireClause(principal, decl, "principal", "principal any");
        requireClause(call, decl, "call", "call any");
        List<Integer> principals = principal == null ? List.of()
            : resolve(principal.target(), Decl.Identity.class, identities, "'principal'");
        List<Integer> calls = call == null ? List.of()
            : resolve(call.target(), Decl.EntryPoint.class, entryPoints, "'call'");
        return new CheckedPolicy.Rule(decl.name().text(), decl.kind(), principals, calls, conditions);
    }

    private <C extends Clause> C single(C first, C next, Decl.Rule decl) {
        if (first != null) {
            diagnostics.error(Code.P013, next.keyword(), "rule '" + decl.name().text() + "' has a second '"
                + keywordOf(next) + "' clause", "list several names in one clause: " + keywordOf(next) + " [a, b]");
            return first;
        }
        return next;
    }

    private static String keywordOf(Clause clause) {
        return clause instanceof Clause.PrincipalClause ? "principal" : "call";
    }

    private void requireClause(Clause clause, Decl.Rule decl, String keyword, String example) {
        if (clause == null && !decl.recovered()) {
            diagnostics.error(Code.P014, decl.name().span(), "rule '" + decl.name().text() + "' has no '" + keyword
                + "' clause", "say whom or what it applies to; for everything write '" + example + "'");
        }
    }

    /** Indexes of the named declarations, or null for {@code any}. */
    private <T extends Decl> List<Integer> resolve(Target target, Class<T> kind, List<T> all, String role) {
        if (target instanceof Target.Any) {
            return null;
        }
        List<Integer> indexes = new ArrayList<>();
        for (Name name : ((Target.Names) target).names()) {
            T decl = names.resolve(name, kind, role);
            int index = decl == null ? -1 : all.indexOf(decl);
            if (index >= 0 && !indexes.contains(index)) {
                indexes.add(index);
            }
        }
        return indexes;
    }
}
