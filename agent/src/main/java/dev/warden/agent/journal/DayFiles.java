package dev.warden.agent.journal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks that every day file ({@code *.cq4}) of a journal starts the way Chronicle Queue writes
 * one. Chronicle's read-only tailer takes a day file it cannot parse for a day without entries:
 * 100 KB of random bytes in place of a day file read as an empty journal, with no error and no
 * entry skipped, so replay would have said "no sessions" about a damaged journal.
 */
final class DayFiles {

    /**
     * A day file opens with a metadata document: a header word, then the field {@code header} typed
     * {@code !SCQStore}, in binary wire (0xb9: a field name of the given length; 0xb6: a type name).
     */
    private static final byte[] STORE_HEADER =
        {(byte) 0xb9, 6, 'h', 'e', 'a', 'd', 'e', 'r', (byte) 0xb6, 8, 'S', 'C', 'Q', 'S', 't', 'o', 'r', 'e'};
    private static final int METADATA = 0x4000_0000;
    /** The header word while the writer is still writing the header: not complete, length unknown. */
    private static final int BEING_WRITTEN = 0x8000_0000;
    private static final Duration CREATING = Duration.ofMinutes(1);

    private DayFiles() {
    }

    /**
     * Checks every day file in {@code dir}, oldest first.
     *
     * @throws JournalException naming the first day file that is not one, or if the directory
     *     cannot be read
     */
    static void check(Path dir) {
        List<Path> days;
        try (Stream<Path> files = Files.list(dir)) {
            days = files.filter(f -> f.getFileName().toString().endsWith(".cq4")).sorted().toList();
        } catch (IOException e) {
            throw new JournalException("cannot list the journal directory " + dir + ": " + e, e);
        }
        for (int i = 0; i < days.size(); i++) {
            Path day = days.get(i);
            if (!startsAsDayFile(day, i == days.size() - 1)) {
                throw new JournalException("cannot read the journal in " + dir + ": " + day.getFileName()
                    + " is not a journal day file (it does not start with a Chronicle Queue header: damaged, or"
                    + " not written by Warden); move it out of the directory to read the rest of the journal");
            }
        }
    }

    /**
     * Whether {@code day} changed within {@link #CREATING}: a writer writes the header right after
     * creating the file, so a header still missing later is damage (Chronicle would wait about ten
     * seconds for it, then read the day as empty).
     */
    private static boolean fresh(Path day) {
        try {
            return Files.getLastModifiedTime(day).toInstant().isAfter(Instant.now().minus(CREATING));
        } catch (IOException e) {
            throw new JournalException("cannot read the journal day file " + day + ": " + e, e);
        }
    }

    private static boolean startsAsDayFile(Path day, boolean newest) {
        byte[] start = new byte[4 + STORE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(day)) {
            read = in.readNBytes(start, 0, start.length);
        } catch (IOException e) {
            throw new JournalException("cannot read the journal day file " + day + ": " + e, e);
        }
        int word = read < 4 ? 0 : (start[0] & 0xff) | (start[1] & 0xff) << 8 | (start[2] & 0xff) << 16 | start[3] << 24;
        if (newest && (word == 0 || word == BEING_WRITTEN) && fresh(day)) {
            return true; // a live writer has just created today's file and not finished its header
        }
        return (word & (METADATA | BEING_WRITTEN)) == METADATA && read == start.length
            && Arrays.equals(start, 4, start.length, STORE_HEADER, 0, STORE_HEADER.length);
    }
}
