package dev.warden.agent.cli;

import dev.warden.agent.journal.JournalEvent;
import dev.warden.agent.journal.JournalEvent.DecisionMade;
import dev.warden.agent.journal.JournalEvent.PolicyChanged;
import dev.warden.agent.journal.JournalEvent.PolicyRejected;
import dev.warden.agent.journal.JournalEvent.SessionEnded;
import dev.warden.agent.journal.JournalEvent.SessionStarted;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** How values look in text output. */
final class TextFormat {

    static final String NONE = "-";

    private static final DateTimeFormatter TIME =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private TextFormat() {
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    static String duration(Duration duration) {
        return duration == null ? NONE : millis(duration.toNanos());
    }

    static String millis(long nanos) {
        return String.format("%.3fms", nanos / 1_000_000.0);
    }

    static String list(List<String> values) {
        return values.isEmpty() ? NONE : String.join(",", values);
    }

    static String orNone(String value) {
        return value == null || value.isEmpty() ? NONE : value;
    }

    /** The event's type and its fields as {@code key=value} pairs (null fields left out). */
    static String details(JournalEvent event) {
        StringBuilder b = new StringBuilder();
        if (event instanceof SessionStarted s) {
            pair(b, "source", s.source());
            pair(b, "identity", s.identityStatus());
            pair(b, "subject", s.subject());
            pair(b, "issuer", s.issuer());
            pair(b, "token", s.tokenFingerprint());
            pair(b, "detail", s.identityDetail());
        } else if (event instanceof DecisionMade d) {
            pair(b, "target", d.target());
            pair(b, "effect", d.effect());
            pair(b, "rules", d.ruleIds().isEmpty() ? null : String.join(",", d.ruleIds()));
            pair(b, "mode", d.mode());
            pair(b, "revision", d.policyRevision());
            pair(b, "reason", d.reason());
        } else if (event instanceof SessionEnded e) {
            pair(b, "outcome", e.outcome());
            pair(b, "duration", millis(e.durationNanos()));
            pair(b, "exception", e.exceptionType());
        } else if (event instanceof PolicyChanged c) {
            pair(b, "from", c.oldRevision());
            pair(b, "to", c.newRevision());
            pair(b, "files", Integer.toString(c.files()));
        } else if (event instanceof PolicyRejected r) {
            pair(b, "kept", r.keptRevision());
            pair(b, "rejected", r.rejectedRevision());
            pair(b, "files", Integer.toString(r.files()));
            pair(b, "errors", Integer.toString(r.errors()));
        }
        return b.toString();
    }

    static String type(JournalEvent event) {
        return event.getClass().getSimpleName();
    }

    private static void pair(StringBuilder b, String key, String value) {
        if (value == null) {
            return;
        }
        if (b.length() > 0) {
            b.append(' ');
        }
        b.append(key).append('=').append(needsQuotes(value) ? quote(value) : value);
    }

    private static boolean needsQuotes(String value) {
        if (value.isEmpty()) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '\\' || Character.isISOControl(c)) {
                return true;
            }
        }
        return false;
    }

    private static String quote(String value) {
        StringBuilder q = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                q.append('\\').append(c);
            } else if (c == '\n') {
                q.append("\\n");
            } else if (Character.isISOControl(c)) {
                q.append(String.format("\\u%04x", (int) c));
            } else {
                q.append(c);
            }
        }
        return q.append('"').toString();
    }
}
