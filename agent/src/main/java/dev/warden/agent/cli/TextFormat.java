package dev.warden.agent.cli;

import dev.warden.agent.journal.JournalEvent;
import dev.warden.agent.journal.JournalEvent.DecisionMade;
import dev.warden.agent.journal.JournalEvent.PolicyChanged;
import dev.warden.agent.journal.JournalEvent.PolicyRejected;
import dev.warden.agent.journal.JournalEvent.SessionEnded;
import dev.warden.agent.journal.JournalEvent.SessionStarted;
import dev.warden.policy.syntax.ExprPrinter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How values look in text output. Journaled strings come from callers (a request's path, a token's
 * subject): every one goes through {@link #cell}, {@link #list} or a {@code key=value} pair, never
 * raw.
 */
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

    /** Values as one cell, comma-separated; an element holding a comma is quoted. */
    static String list(List<String> values) {
        return values.isEmpty() ? NONE
            : values.stream().map(v -> shown(v, blursCell(v) || v.indexOf(',') >= 0)).collect(Collectors.joining(","));
    }

    /** {@link #cell}, or {@link #NONE} for no value. */
    static String orNone(String value) {
        return value == null || value.isEmpty() ? NONE : cell(value);
    }

    /**
     * A journaled value as one visible cell of a table or header line, where cells are two spaces
     * apart: as it is, unless it could blur into its neighbours or does not print (see {@link #shown}).
     */
    static String cell(String value) {
        return shown(value, blursCell(value));
    }

    private static boolean blursCell(String value) {
        return value.isEmpty() || value.contains("  ") || value.startsWith(" ") || value.endsWith(" ");
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
        // pairs are one space apart, so a value with a space is quoted
        b.append(key).append('=').append(shown(value, value.isEmpty() || value.indexOf(' ') >= 0));
    }

    /**
     * {@code value} quoted when {@code ambiguous} or when it holds a character that is not plainly
     * visible on one line, else as it is. Quoting is the policy language's string literal: control
     * characters (C0, DEL, C1), line and paragraph separators, bidirectional and other format
     * characters, spaces other than U+0020 and unpaired surrogates become {@code \n} or
     * {@code \u001b}, so a journaled value can neither forge a line nor reach the terminal as an
     * escape sequence.
     */
    private static String shown(String value, boolean ambiguous) {
        String quoted = ExprPrinter.quote(value);
        return ambiguous || quoted.length() != value.length() + 2 ? quoted : value;
    }
}
