package dev.warden.agent.credential;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.policy.CredentialSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers on several threads while the file is replaced by rename, over and over. */
class SecretFileConcurrencyTest {

    private static final int READERS = 4;
    private static final int SWAPS = 400;
    /** Several pages and of different lengths, so a read that mixed the two would show. */
    private static final String OLD = "A".repeat(20_000);
    private static final String NEW = "B".repeat(33_000);

    @TempDir
    Path dir;

    @Test
    void everyReadSeesTheOldOrTheNewValueWholeNeverAMix() throws Exception {
        Path file = Files.writeString(dir.resolve("key"), OLD);
        Credentials credentials = new Credentials(Map.of());
        CredentialSource source = new CredentialSource(CredentialSource.Kind.FILE, file.toString());
        AtomicBoolean swapping = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        try {
            List<Future<int[]>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                readers.add(pool.submit(() -> readUntilDone(credentials, source, swapping)));
            }
            for (int i = 0; i < SWAPS; i++) {
                Path temp = Files.writeString(dir.resolve(".key.tmp"), i % 2 == 0 ? NEW : OLD);
                Files.move(temp, file, ATOMIC_MOVE, REPLACE_EXISTING);
            }
            swapping.set(false);
            int oldSeen = 0;
            int newSeen = 0;
            for (Future<int[]> reader : readers) {
                int[] seen = reader.get(60, TimeUnit.SECONDS); // a torn value fails in the reader
                oldSeen += seen[0];
                newSeen += seen[1];
            }
            assertTrue(oldSeen > 0 && newSeen > 0, "reads overlapped the swaps: old " + oldSeen + ", new " + newSeen);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads until the swaps end and then once more; counts [old, new]; throws on anything else. */
    private static int[] readUntilDone(Credentials credentials, CredentialSource source, AtomicBoolean swapping) {
        int[] seen = new int[2];
        boolean more = true;
        while (more) {
            more = swapping.get();
            String value = SecretFileTest.text(credentials.secret("key", source));
            if (value.equals(OLD)) {
                seen[0]++;
            } else if (value.equals(NEW)) {
                seen[1]++;
            } else {
                throw new AssertionError("torn read: " + value.length() + " bytes, starting " + value.charAt(0));
            }
        }
        return seen;
    }
}
