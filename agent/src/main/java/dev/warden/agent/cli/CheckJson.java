package dev.warden.agent.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.warden.policy.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * The JSON form of a policy check: one document with the files, every diagnostic and the summary,
 * field by field as docs/cli.md documents them (not whatever reflection would find).
 */
final class CheckJson {

    private CheckJson() {
    }

    static void print(CheckReport report, PrintWriter out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("files");
            for (String file : report.files()) {
                json.writeString(file);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("diagnostics");
            for (CheckReport.Finding finding : report.findings()) {
                diagnostic(json, finding);
            }
            json.writeEndArray();
            summary(json, report);
            json.writeEndObject();
        }
        out.println();
    }

    /** A problem with a whole file (a missing file) has no line, column or end column: null. */
    private static void diagnostic(JsonGenerator json, CheckReport.Finding finding) throws IOException {
        Diagnostic d = finding.diagnostic();
        boolean placed = d.line() > 0;
        json.writeStartObject();
        json.writeStringField("file", d.file());
        numberOrNull(json, "line", placed, d.line());
        numberOrNull(json, "column", placed, d.column());
        numberOrNull(json, "endColumn", placed, d.column() + d.length());
        json.writeStringField("severity", finding.severity().name());
        json.writeStringField("code", d.code());
        json.writeStringField("message", d.message());
        json.writeStringField("hint", d.hint());
        json.writeEndObject();
    }

    private static void summary(JsonGenerator json, CheckReport report) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeBooleanField("ok", !report.failed());
        json.writeNumberField("files", report.files().size());
        numberOrNull(json, "rules", report.rules() != null, report.rules() == null ? 0 : report.rules());
        json.writeNumberField("errors", report.errors());
        json.writeNumberField("warnings", report.warnings());
        json.writeStringField("revision", report.revision());
        json.writeEndObject();
    }

    private static void numberOrNull(JsonGenerator json, String name, boolean present, int value) throws IOException {
        if (present) {
            json.writeNumberField(name, value);
        } else {
            json.writeNullField(name);
        }
    }
}
