package dev.warden.it.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProcessMemoryTest {

    @Test
    void residentSetOfThisProcessIsReadFromProcWithItsAnonymousAndFileBackedParts() throws Exception {
        ProcessMemory.Resident rss = ProcessMemory.resident(ProcessHandle.current().pid());

        assertTrue(rss.total() > 1024 * 1024, "a running JVM holds more than 1 MiB, got " + rss);
        assertTrue(rss.anonymous() > 0 && rss.fileBacked() > 0, rss.toString());
        assertTrue(rss.anonymous() + rss.fileBacked() <= rss.total(), rss.toString());
    }

    @Test
    void heapOfAForkedJvmIsReadWithJcmdAndHoldsOnlyLiveDataAfterAFullCollection() throws Exception {
        ProcessMemory memory = new ProcessMemory(Path.of(System.getProperty("java.home")));
        try (ForkedService service = SampleService.fork(JavaCommand.current())) {
            ProcessMemory.Heap now = memory.heap(service.pid());
            ProcessMemory.Heap afterGc = memory.heapAfterFullGc(service.pid());

            assertTrue(now.used() > 0 && now.used() <= now.committed(), now.toString());
            assertTrue(afterGc.used() > 0 && afterGc.used() <= now.used() + 64L * 1024 * 1024, afterGc + " vs " + now);
        }
    }

    @Test
    void aProcessThatDoesNotExistIsAnErrorNotAZero() {
        assertThrows(IOException.class, () -> ProcessMemory.resident(Long.MAX_VALUE));
    }

    @Test
    void heapLinesOfG1AndSerialOnJava17And25AreSummedButSpaceAndMetaspaceLinesAreNot() {
        String g1On17 = """
            8472:
             garbage-first heap   total 397312K, used 18277K [0x0000000687400000, 0x0000000800000000)
              region size 4096K, 4 young (16384K), 0 survivors (0K)
             Metaspace       used 8974K, committed 9152K, reserved 1114112K
              class space    used 1064K, committed 1152K, reserved 1048576K
            """;
        String g1On25 = """
            8549:
            garbage-first heap   total reserved 6172672K, committed 393216K, used 12300K [0x0000000687400000, 0x0000000800000000)
             region size 4096K, 3 young (12288K), 1 survivors (4096K)
            """;
        String serialOn25 = """
            8631:
            DefNew     total 116160K, used 31005K [0x0000000687400000, 0x000000068f200000, 0x0000000704d50000)
             eden space 103296K,  30% used [0x0000000687400000, 0x0000000689247558, 0x000000068d8e0000)
            Tenured    total 258048K, used 1166K [0x0000000704d50000, 0x0000000714950000, 0x0000000800000000)
             the  space 258048K,   0% used [0x0000000704d50000, 0x0000000704e73ab8, 0x0000000714950000)
            """;

        assertEquals(new ProcessMemory.Heap(18277L * 1024, 397312L * 1024), ProcessMemory.parseHeap(g1On17));
        assertEquals(new ProcessMemory.Heap(12300L * 1024, 393216L * 1024), ProcessMemory.parseHeap(g1On25));
        assertEquals(new ProcessMemory.Heap((31005L + 1166) * 1024, (116160L + 258048) * 1024), ProcessMemory.parseHeap(serialOn25));
        assertThrows(IllegalArgumentException.class, () -> ProcessMemory.parseHeap("8472:\nConnection refused\n"));
    }
}
