package dev.warden.agent.journal;

import dev.warden.agent.journal.JournalEvent.DecisionMade;
import dev.warden.agent.journal.JournalEvent.SessionEnded;
import dev.warden.agent.journal.JournalEvent.SessionStarted;
import java.util.List;
import net.openhft.chronicle.bytes.Bytes;

/**
 * The binary layout of one journal document (see docs/event-schema.md): a schema version byte, a
 * type tag byte, then the event's fields in declaration order. Strings are stop-bit length-prefixed
 * UTF-8 (null allowed), times and durations fixed 8-byte little-endian longs, lists a stop-bit count
 * followed by the elements. Hand-written on purpose: no reflection, no generated code, no
 * allocation beyond Chronicle's own on the append path.
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

    private EventCodec() {
    }

    static void write(Bytes<?> out, JournalEvent event) {
        out.writeByte((byte) VERSION);
        if (event instanceof DecisionMade d) {
            // the most frequent event first: one type check on the hot path
            writeDecision(out, d);
        } else if (event instanceof SessionStarted s) {
            writeStarted(out, s);
        } else if (event instanceof SessionEnded e) {
            writeEnded(out, e);
        } else {
            throw new IllegalArgumentException("no encoding for " + event.getClass().getName());
        }
    }

    private static void writeStarted(Bytes<?> out, SessionStarted s) {
        out.writeByte((byte) SESSION_STARTED);
        out.writeUtf8(s.sessionId());
        out.writeLong(s.epochMicros());
        out.writeUtf8(s.source());
        out.writeUtf8(s.identityStatus());
        out.writeUtf8(s.subject());
        out.writeUtf8(s.issuer());
        out.writeUtf8(s.tokenFingerprint());
        out.writeUtf8(s.identityDetail());
    }

    private static void writeDecision(Bytes<?> out, DecisionMade d) {
        out.writeByte((byte) DECISION_MADE);
        out.writeUtf8(d.sessionId());
        out.writeLong(d.epochMicros());
        out.writeUtf8(d.target());
        out.writeUtf8(d.effect());
        List<String> ruleIds = d.ruleIds();
        int count = ruleIds.size();
        out.writeStopBit(count);
        for (int i = 0; i < count; i++) {
            out.writeUtf8(ruleIds.get(i));
        }
        out.writeUtf8(d.reason());
        out.writeUtf8(d.policyRevision());
        out.writeUtf8(d.mode());
    }

    private static void writeEnded(Bytes<?> out, SessionEnded e) {
        out.writeByte((byte) SESSION_ENDED);
        out.writeUtf8(e.sessionId());
        out.writeLong(e.epochMicros());
        out.writeLong(e.durationNanos());
        out.writeUtf8(e.outcome());
        out.writeUtf8(e.exceptionType());
    }

    /** Decodes one document, or returns null when its version or type is not known to this reader. */
    static JournalEvent read(Bytes<?> in) {
        if (in.readRemaining() < 2) {
            return null;
        }
        int version = in.readByte() & 0xFF;
        if (version != VERSION) {
            return null;
        }
        int type = in.readByte() & 0xFF;
        switch (type) {
            case SESSION_STARTED:
                return readStarted(in);
            case DECISION_MADE:
                return readDecision(in);
            case SESSION_ENDED:
                return readEnded(in);
            default:
                return null;
        }
    }

    private static SessionStarted readStarted(Bytes<?> in) {
        return new SessionStarted(in.readUtf8(), in.readLong(), in.readUtf8(), in.readUtf8(), in.readUtf8(),
            in.readUtf8(), in.readUtf8(), in.readUtf8());
    }

    private static DecisionMade readDecision(Bytes<?> in) {
        String sessionId = in.readUtf8();
        long epochMicros = in.readLong();
        String target = in.readUtf8();
        String effect = in.readUtf8();
        String[] ruleIds = new String[Math.toIntExact(in.readStopBit())];
        for (int i = 0; i < ruleIds.length; i++) {
            ruleIds[i] = in.readUtf8();
        }
        // List.of is already immutable, so the record's List.copyOf keeps it without a second copy
        return new DecisionMade(sessionId, epochMicros, target, effect, List.of(ruleIds), in.readUtf8(), in.readUtf8(),
            in.readUtf8());
    }

    private static SessionEnded readEnded(Bytes<?> in) {
        return new SessionEnded(in.readUtf8(), in.readLong(), in.readLong(), in.readUtf8(), in.readUtf8());
    }
}
