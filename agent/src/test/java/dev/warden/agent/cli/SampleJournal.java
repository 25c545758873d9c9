package dev.warden.agent.cli;

import dev.warden.agent.journal.ChronicleJournal;
import dev.warden.agent.journal.JournalEvent.DecisionMade;
import dev.warden.agent.journal.JournalEvent.PolicyChanged;
import dev.warden.agent.journal.JournalEvent.PolicyRejected;
import dev.warden.agent.journal.JournalEvent.SessionEnded;
import dev.warden.agent.journal.JournalEvent.SessionStarted;
import java.nio.file.Path;
import java.util.List;

/**
 * A journal with one session of each kind and, between their events, a rejected and an accepted
 * policy reload (events of no session), written through the real writer. The events have the
 * values the agent writes (sources, lower-case effects, the deny decision of a rejected token), so
 * that the docs' examples, made from this journal, show what users will see.
 */
final class SampleJournal {

    static final long T0 = 1_777_777_777_000_000L; // 2026-05-03T03:09:37Z
    static final String SPLIT = "dev.langchain4j.data.document.DocumentSplitter#split";
    static final String CHUNK = "http POST /chunk";
    static final String REV1 = "sha256:1a2b3c4d5e6f7081";
    static final String REV2 = "sha256:9f8e7d6c5b4a3921";

    private SampleJournal() {
    }

    static Path write(Path dir) {
        try (ChronicleJournal j = ChronicleJournal.open(dir)) {
            j.append(new SessionStarted("s-permit", T0, CHUNK, "verified", "svc-ingest@warden.test",
                "https://issuer.warden.test", "sha256:aa11", null));
            j.append(new SessionStarted("s-deny", T0 + 10, CHUNK, "verified", "svc-reporting@warden.test",
                "https://issuer.warden.test", "sha256:bb22", null));
            j.append(new DecisionMade("s-permit", T0 + 250, SPLIT, "permit", List.of("ingest_may_split"),
                "permitted by rule 'ingest_may_split'", REV1, "enforce"));
            j.append(new DecisionMade("s-deny", T0 + 300, SPLIT, "deny", List.of("reporting_never_splits"),
                "forbidden by rule 'reporting_never_splits'", REV1, "enforce"));
            j.append(new PolicyRejected(T0 + 500, REV1, "sha256:bad0", 2, 3));
            j.append(new SessionEnded("s-permit", T0 + 1_250, 1_250_000L, "ok", null));
            j.append(new SessionEnded("s-deny", T0 + 400, 390_000L, "denied", null));
            j.append(new SessionStarted("s-rejected", T0 + 2_000, CHUNK, "rejected", null, null, "sha256:cc33",
                "expired"));
            j.append(new DecisionMade("s-rejected", T0 + 2_050, CHUNK, "deny", List.of(), "token rejected: expired",
                "none", "enforce"));
            j.append(new SessionEnded("s-rejected", T0 + 2_100, 100_000L, "rejected", null));
            j.append(new PolicyChanged(T0 + 2_500, REV1, REV2, 2));
            j.append(new SessionStarted("s-anon", T0 + 3_000, "call " + SPLIT, "anonymous", null, null, null, null));
            j.append(new DecisionMade("s-anon", T0 + 3_100, SPLIT, "permit", List.of("anyone_may_split"),
                "permitted by rule 'anyone_may_split'", REV2, "monitor"));
        }
        return dir;
    }
}
