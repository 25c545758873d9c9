package dev.warden.it.bench.jmh;

import dev.warden.agent.journal.JournalEvent.DecisionMade;
import dev.warden.agent.journal.JournalEvent.SessionEnded;
import dev.warden.agent.journal.JournalEvent.SessionStarted;
import dev.warden.agent.journal.JournalEvent;
import java.util.List;

/** The events of realistic journal sessions. */
final class JournalSamples {

    private JournalSamples() {
    }

    /** The three events of one permitted inbound request, as the agent journals them (≈100-250 bytes each). */
    static List<JournalEvent> session(long n) {
        String id = "s-" + Long.toHexString(0x5EED_0000_0000L + n);
        long micros = 1_777_777_777_000_000L + n * 1_000;
        return List.of(
            new SessionStarted(id, micros, "http POST /chunk", "verified", "svc-ingest@warden.test",
                "https://issuer.warden.test", "sha256:3f9a0c5b17e2d4a6", null),
            new DecisionMade(id, micros + 40, "dev.langchain4j.data.document.splitter.DocumentByParagraphSplitter#split",
                "permit", List.of("ingest_may_split"), "permitted by rule 'ingest_may_split'", "sha256:0123456789abcdef",
                "enforce"),
            new SessionEnded(id, micros + 950, 950_000, "ok", null));
    }
}
