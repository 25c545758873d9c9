package dev.warden.agent.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.warden.agent.journal.JournalEvent;
import dev.warden.agent.journal.JournalEvent.DecisionMade;
import dev.warden.agent.journal.JournalEvent.PolicyChanged;
import dev.warden.agent.journal.JournalEvent.PolicyRejected;
import dev.warden.agent.journal.JournalEvent.SessionEnded;
import dev.warden.agent.journal.JournalEvent.SessionStarted;
import dev.warden.agent.replay.IdentityDecisionCount;
import dev.warden.agent.replay.Replay;
import dev.warden.agent.replay.SessionSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * JSON Lines output: one object per line, field names as documented in docs/replay.md. Written
 * field by field so the format is explicit and stable, not whatever reflection finds.
 */
final class JsonLines implements AutoCloseable {

    private final PrintWriter out;
    private final JsonGenerator json;

    JsonLines(PrintWriter out) {
        this.out = out;
        JsonFactory factory = new JsonFactory().setRootValueSeparator(null);
        try {
            this.json = factory.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void session(SessionSummary s) throws IOException {
        json.writeStartObject();
        json.writeStringField("sessionId", s.sessionId());
        json.writeStringField("start", s.start().toString());
        json.writeNumberField("startEpochMicros", micros(s.start()));
        json.writeStringField("identity", s.identity());
        json.writeStringField("source", s.source());
        stringArray("targets", s.targets());
        json.writeStringField("decision", s.decision());
        stringArray("ruleIds", s.ruleIds());
        json.writeStringField("outcome", s.outcome());
        if (s.duration() == null) {
            json.writeNullField("durationNanos");
        } else {
            json.writeNumberField("durationNanos", s.duration().toNanos());
        }
        json.writeNumberField("events", s.events());
        endLine();
    }

    void count(IdentityDecisionCount c) throws IOException {
        json.writeStartObject();
        json.writeStringField("identity", c.identity());
        json.writeStringField("decision", c.decision());
        json.writeNumberField("sessions", c.sessions());
        endLine();
    }

    /** One event of a session's timeline, with its offset from the session's first event. */
    void event(JournalEvent event, long offsetMicros) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", event.getClass().getSimpleName());
        json.writeStringField("sessionId", event.sessionId());
        json.writeNumberField("epochMicros", event.epochMicros());
        json.writeNumberField("offsetMicros", offsetMicros);
        fields(event);
        endLine();
    }

    /** One policy event, with its time as ISO-8601 too (it has no session to be offset in). */
    void policyEvent(JournalEvent event) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", event.getClass().getSimpleName());
        json.writeStringField("time", Replay.toInstant(event.epochMicros()).toString());
        json.writeNumberField("epochMicros", event.epochMicros());
        fields(event);
        endLine();
    }

    private void fields(JournalEvent event) throws IOException {
        if (event instanceof SessionStarted s) {
            json.writeStringField("source", s.source());
            json.writeStringField("identityStatus", s.identityStatus());
            json.writeStringField("subject", s.subject());
            json.writeStringField("issuer", s.issuer());
            json.writeStringField("tokenFingerprint", s.tokenFingerprint());
            json.writeStringField("identityDetail", s.identityDetail());
        } else if (event instanceof DecisionMade d) {
            json.writeStringField("target", d.target());
            json.writeStringField("effect", d.effect());
            stringArray("ruleIds", d.ruleIds());
            json.writeStringField("reason", d.reason());
            json.writeStringField("policyRevision", d.policyRevision());
            json.writeStringField("mode", d.mode());
        } else if (event instanceof SessionEnded e) {
            json.writeNumberField("durationNanos", e.durationNanos());
            json.writeStringField("outcome", e.outcome());
            json.writeStringField("exceptionType", e.exceptionType());
        } else if (event instanceof PolicyChanged c) {
            json.writeStringField("oldRevision", c.oldRevision());
            json.writeStringField("newRevision", c.newRevision());
            json.writeNumberField("files", c.files());
        } else if (event instanceof PolicyRejected r) {
            json.writeStringField("keptRevision", r.keptRevision());
            json.writeStringField("rejectedRevision", r.rejectedRevision());
            json.writeNumberField("files", r.files());
            json.writeNumberField("errors", r.errors());
        }
    }

    private void stringArray(String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    private void endLine() throws IOException {
        json.writeEndObject();
        json.flush();
        out.print('\n'); // JSON Lines: \n whatever the platform
    }

    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}
