package dev.warden.agent.cli;

import dev.warden.policy.ApprovalRequirement;
import dev.warden.policy.Decision;
import dev.warden.policy.EntryPointCall;
import dev.warden.policy.Explanation;
import dev.warden.policy.HttpCall;
import dev.warden.policy.Injection;
import dev.warden.policy.MaskSpec;
import dev.warden.policy.Obligations;
import dev.warden.policy.Principal;
import dev.warden.policy.Request;
import dev.warden.policy.RuleTrace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** {@code policy explain} as text: the request, one line per rule, the decision and its obligations. */
final class ExplainText {

    private ExplainText() {
    }

    static void write(PrintWriter out, Request request, String policy, String revision, Explanation explanation) {
        out.println("request:  " + caller(request.principal()) + " " + action(request) + " at " + request.time());
        if (!request.attributes().isEmpty()) {
            out.println("facts:    " + facts(request.attributes()));
        }
        out.println("policy:   " + policy + " (revision " + revision + ")");
        out.println();
        explanation.rules().forEach(r -> out.println(r.render()));
        if (explanation.rules().isEmpty()) {
            out.println("(the set has no rules)");
        }
        out.println();
        String render = explanation.render();
        out.println(render.substring(render.lastIndexOf("\ndecision: ") + 1));
        obligations(out, explanation.decision());
    }

    private static String caller(Principal principal) {
        return principal.isAnonymous() ? "an anonymous caller"
            : "'" + principal.subject() + "' of issuer '" + principal.issuer() + "'";
    }

    private static String action(Request request) {
        if (request.action() instanceof EntryPointCall call) {
            return "calls " + call.display() + "(" + String.join(", ", call.parameterTypes()) + ")";
        }
        if (request.action() instanceof HttpCall http) {
            return "sends " + http.display();
        }
        return "runs SQL on " + request.action().display();
    }

    /** {@code arg.size=1200 sql.effects=[delete] tenant="acme"}, sorted by name. */
    static String facts(Map<String, Object> attributes) {
        List<String> pairs = new ArrayList<>();
        new TreeMap<>(attributes).forEach((name, value) -> pairs.add(name + "=" + value(value)));
        return String.join(" ", pairs);
    }

    private static String value(Object value) {
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        if (value instanceof Collection<?> c) {
            return "[" + String.join(",", c.stream().map(String::valueOf).sorted().toList()) + "]";
        }
        return String.valueOf(value);
    }

    private static void obligations(PrintWriter out, Decision decision) {
        Obligations obligations = decision.obligations();
        if (obligations.isEmpty()) {
            return;
        }
        out.println("obligations:");
        for (MaskSpec mask : obligations.masks()) {
            List<String> parts = new ArrayList<>();
            if (!mask.detectors().isEmpty()) {
                parts.add("detect " + mask.detectors());
            }
            mask.regexes().forEach(r -> parts.add("regex \"" + r + "\""));
            mask.columns().forEach(c -> parts.add("column \"" + c + "\""));
            parts.add("replace \"" + mask.replacement() + "\"");
            parts.add("apply " + lower(mask.apply()));
            out.println("  mask '" + mask.ruleId() + "': " + String.join("; ", parts));
        }
        for (Injection injection : obligations.injections()) {
            out.println("  inject '" + injection.ruleId() + "': credential " + injection.credential() + " (from "
                + lower(injection.source().kind()) + " " + injection.source().location() + ") into "
                + lower(injection.slot()) + (injection.header() == null ? "" : " \"" + injection.header() + "\""));
        }
        for (ApprovalRequirement approval : obligations.approvals()) {
            out.println("  approval '" + approval.ruleId() + "': approvers " + approval.approvers() + " (groups "
                + approval.groups() + ", subjects " + approval.subjects() + ")");
        }
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
