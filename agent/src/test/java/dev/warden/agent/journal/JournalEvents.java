package dev.warden.agent.journal;

import dev.warden.agent.journal.JournalEvent.DecisionMade;
import dev.warden.agent.journal.JournalEvent.PolicyChanged;
import dev.warden.agent.journal.JournalEvent.PolicyRejected;
import dev.warden.agent.journal.JournalEvent.SessionEnded;
import dev.warden.agent.journal.JournalEvent.SessionStarted;
import java.util.List;

/** Sample events with every field set (distinct values, non-ASCII text included). */
final class JournalEvents {

    private JournalEvents() {
    }

    static SessionStarted started(String sessionId, long micros) {
        return new SessionStarted(sessionId, micros, "http", "verified", "svc-ingest@warden.test",
            "https://issuer.warden.test", "sha256:3f2a9c", "kid=k1 aud=chunker");
    }

    static DecisionMade decision(String sessionId, long micros) {
        return new DecisionMade(sessionId, micros, "dev.langchain4j.data.document.DocumentSplitter#split",
            "PERMIT", List.of("ingest_may_split", "größe_ok"), "permitted by ingest_may_split", "rev-7",
            "enforce");
    }

    static SessionEnded ended(String sessionId, long micros) {
        return new SessionEnded(sessionId, micros, 1_234_567L, "ok", null);
    }

    static PolicyChanged policyChanged(long micros) {
        return new PolicyChanged(micros, "none", "sha256:0123456789abcdef", 3);
    }

    static PolicyRejected policyRejected(long micros) {
        return new PolicyRejected(micros, "sha256:0123456789abcdef", "sha256:fedcba9876543210", 300, 70_000);
    }
}
