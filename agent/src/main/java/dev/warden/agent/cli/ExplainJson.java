package dev.warden.agent.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.warden.policy.ApprovalRequirement;
import dev.warden.policy.Decision;
import dev.warden.policy.Explanation;
import dev.warden.policy.Injection;
import dev.warden.policy.MaskSpec;
import dev.warden.policy.RuleTrace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code policy explain --format json}: one JSON object, field by field as documented in
 * docs/cli.md (so the format is stable, not whatever reflection finds).
 */
final class ExplainJson {

    private ExplainJson() {
    }

    static void write(PrintWriter out, List<Path> policy, String revision, Explanation explanation) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.writeStartObject();
            json.writeObjectFieldStart("policy");
            strings(json, "paths", policy.stream().map(p -> PolicyInputs.shown(p).toString()).toList());
            json.writeStringField("revision", revision);
            json.writeEndObject();
            json.writeArrayFieldStart("rules");
            for (RuleTrace rule : explanation.rules()) {
                json.writeStartObject();
                json.writeStringField("id", rule.ruleId());
                json.writeStringField("kind", rule.kind());
                json.writeStringField("status", ExplainText.lower(rule.status()));
                json.writeStringField("clause", rule.clause());
                json.writeStringField("detail", rule.detail());
                json.writeEndObject();
            }
            json.writeEndArray();
            decision(json, explanation.decision());
            json.writeEndObject();
        }
        out.println();
    }

    private static void decision(JsonGenerator json, Decision decision) throws IOException {
        json.writeObjectFieldStart("decision");
        json.writeStringField("effect", ExplainText.lower(decision.effect()));
        strings(json, "ruleIds", decision.ruleIds());
        json.writeStringField("reason", decision.reason());
        json.writeBooleanField("monitorOnly", decision.monitorOnly());
        json.writeObjectFieldStart("obligations");
        masks(json, decision.obligations().masks());
        injections(json, decision.obligations().injections());
        approvals(json, decision.obligations().approvals());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void masks(JsonGenerator json, List<MaskSpec> masks) throws IOException {
        json.writeArrayFieldStart("masks");
        for (MaskSpec mask : masks) {
            json.writeStartObject();
            json.writeStringField("ruleId", mask.ruleId());
            strings(json, "detectors", mask.detectors());
            strings(json, "regexes", mask.regexes());
            strings(json, "columns", mask.columns());
            json.writeStringField("replacement", mask.replacement());
            json.writeStringField("apply", ExplainText.lower(mask.apply()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Where each credential is read from, never its value. */
    private static void injections(JsonGenerator json, List<Injection> injections) throws IOException {
        json.writeArrayFieldStart("injections");
        for (Injection injection : injections) {
            json.writeStartObject();
            json.writeStringField("ruleId", injection.ruleId());
            json.writeStringField("credential", injection.credential());
            json.writeObjectFieldStart("source");
            json.writeStringField("kind", ExplainText.lower(injection.source().kind()));
            json.writeStringField("location", injection.source().location());
            json.writeEndObject();
            json.writeStringField("into", ExplainText.lower(injection.slot()));
            json.writeStringField("header", injection.header());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void approvals(JsonGenerator json, List<ApprovalRequirement> approvals) throws IOException {
        json.writeArrayFieldStart("approvals");
        for (ApprovalRequirement approval : approvals) {
            json.writeStartObject();
            json.writeStringField("ruleId", approval.ruleId());
            json.writeStringField("approvers", approval.approvers());
            strings(json, "groups", approval.groups());
            strings(json, "subjects", approval.subjects());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
