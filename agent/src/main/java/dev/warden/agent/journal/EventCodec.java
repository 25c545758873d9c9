package dev.warden.agent.journal;

import dev.warden.agent.journal.JournalEvent.DecisionMade;
import dev.warden.agent.journal.JournalEvent.PolicyChanged;
import dev.warden.agent.journal.JournalEvent.PolicyRejected;
import dev.warden.agent.journal.JournalEvent.SessionEnded;
import dev.warden.agent.journal.JournalEvent.SessionStarted;
import java.util.List;

/**
 * The binary layout of one journal document (see docs/event-schema.md): a schema version byte, a
 * type tag byte, then the event's fields in declaration order. Strings are a varint of (UTF-8
 * length + 1, 0 for null) then the UTF-8 bytes; times and durations fixed 8-byte little-endian
 * longs; lists a varint count then the elements. Hand-written on purpose: no reflection, no
 * generated code, and independent of Chronicle's own encodings (Chronicle stores one opaque blob).
 *
 * <p>Evolution: a new field is appended at the end of its type and the version stays; readers
 * ignore bytes they do not know. The version changes only when an existing field changes meaning
 * or layout; a reader skips (and counts) versions and type tags it does not know.
 */
final class EventCodec {

    /** Current schema version written by this code. */
    static final int VERSION = 1;

    static final int SESSION_STARTED = 1;
    static final int DECISION_MADE = 2;
    static final int SESSION_ENDED = 3;
    static final int POLICY_CHANGED = 4;
    static final int POLICY_REJECTED = 5;

    private EventCodec() {
    }

    static void write(EventBuffer out, JournalEvent event) {
        out.writeByte(VERSION);
        if (event instanceof DecisionMade d) {
            // the most frequent event first: one type check on the hot path
            writeDecision(out, d);
        } else if (event instanceof SessionStarted s) {
            writeStarted(out, s);
        } else if (event instanceof SessionEnded e) {
            writeEnded(out, e);
        } else if (event instanceof PolicyChanged c) {
            writePolicyChanged(out, c);
        } else if (event instanceof PolicyRejected r) {
            writePolicyRejected(out, r);
        } else {
            throw new IllegalArgumentException("no encoding for " + event.getClass().getName());
        }
    }

    private static void writeStarted(EventBuffer out, SessionStarted s) {
        out.writeByte(SESSION_STARTED);
        out.writeString(s.sessionId());
        out.writeLong(s.epochMicros());
        out.writeString(s.source());
        out.writeString(s.identityStatus());
        out.writeString(s.subject());
        out.writeString(s.issuer());
        out.writeString(s.tokenFingerprint());
        out.writeString(s.identityDetail());
    }

    private static void writeDecision(EventBuffer out, DecisionMade d) {
        out.writeByte(DECISION_MADE);
        out.writeString(d.sessionId());
        out.writeLong(d.epochMicros());
        out.writeString(d.target());
        out.writeString(d.effect());
        List<String> ruleIds = d.ruleIds();
        int count = ruleIds.size();
        out.writeVarint(count);
        for (int i = 0; i < count; i++) {
            out.writeString(ruleIds.get(i));
        }
        out.writeString(d.reason());
        out.writeString(d.policyRevision());
        out.writeString(d.mode());
    }

    private static void writeEnded(EventBuffer out, SessionEnded e) {
        out.writeByte(SESSION_ENDED);
        out.writeString(e.sessionId());
        out.writeLong(e.epochMicros());
        out.writeLong(e.durationNanos());
        out.writeString(e.outcome());
        out.writeString(e.exceptionType());
    }

    private static void writePolicyChanged(EventBuffer out, PolicyChanged c) {
        out.writeByte(POLICY_CHANGED);
        out.writeLong(c.epochMicros());
        out.writeString(c.oldRevision());
        out.writeString(c.newRevision());
        out.writeVarint(c.files());
    }

    private static void writePolicyRejected(EventBuffer out, PolicyRejected r) {
        out.writeByte(POLICY_REJECTED);
        out.writeLong(r.epochMicros());
        out.writeString(r.keptRevision());
        out.writeString(r.rejectedRevision());
        out.writeVarint(r.files());
        out.writeVarint(r.errors());
    }

    /** Decodes one document, or returns null when its version or type is not known to this reader. */
    static JournalEvent read(EventCursor in) {
        if (in.remaining() < 2) {
            return null;
        }
        int version = in.readByte();
        if (version != VERSION) {
            return null;
        }
        int type = in.readByte();
        switch (type) {
            case SESSION_STARTED:
                return readStarted(in);
            case DECISION_MADE:
                return readDecision(in);
            case SESSION_ENDED:
                return readEnded(in);
            case POLICY_CHANGED:
                return new PolicyChanged(in.readLong(), in.readString(), in.readString(), readCount(in));
            case POLICY_REJECTED:
                return new PolicyRejected(in.readLong(), in.readString(), in.readString(), readCount(in), readCount(in));
            default:
                return null;
        }
    }

    private static SessionStarted readStarted(EventCursor in) {
        return new SessionStarted(in.readString(), in.readLong(), in.readString(), in.readString(), in.readString(),
            in.readString(), in.readString(), in.readString());
    }

    private static DecisionMade readDecision(EventCursor in) {
        String sessionId = in.readString();
        long epochMicros = in.readLong();
        String target = in.readString();
        String effect = in.readString();
        long count = in.readVarint();
        if (count > in.remaining()) {
            // each id takes at least one byte: a larger count is damage, not a reason to allocate
            throw new IndexOutOfBoundsException("rule id count " + count + " exceeds the entry");
        }
        String[] ruleIds = new String[(int) count];
        for (int i = 0; i < ruleIds.length; i++) {
            ruleIds[i] = in.readString();
        }
        // List.of is already immutable, so the record's List.copyOf keeps it without a second copy
        return new DecisionMade(sessionId, epochMicros, target, effect, List.of(ruleIds), in.readString(), in.readString(),
            in.readString());
    }

    private static SessionEnded readEnded(EventCursor in) {
        return new SessionEnded(in.readString(), in.readLong(), in.readLong(), in.readString(), in.readString());
    }

    /** A count written as a varint; one that does not fit an int is damage. */
    private static int readCount(EventCursor in) {
        return Math.toIntExact(in.readVarint());
    }
}
