package dev.warden.it.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProcessMemoryTest {

    @Test
    void residentSetOfThisProcessIsReadFromProc() throws Exception {
        long rss = ProcessMemory.residentBytes(ProcessHandle.current().pid());

        assertTrue(rss > 1024 * 1024, "a running JVM holds more than 1 MiB, got " + rss);
    }

    @Test
    void heapOfAForkedJvmIsReadWithJcmdAndShrinksToLiveDataAfterAFullCollection() throws Exception {
        ProcessMemory memory = new ProcessMemory(Path.of(System.getProperty("java.home")));
        try (ForkedService service = SampleService.fork(JavaCommand.current())) {
            long used = memory.heapUsedBytes(service.pid());
            long live = memory.liveHeapBytes(service.pid());

            assertTrue(used > 0, "heap used " + used);
            assertTrue(live > 0 && live <= used + 64L * 1024 * 1024, "live " + live + " vs used " + used);
        }
    }

    @Test
    void aProcessThatDoesNotExistIsAnErrorNotAZero() {
        assertThrows(IOException.class, () -> ProcessMemory.residentBytes(Long.MAX_VALUE));
    }

    @Test
    void heapLinesOfG1AndSerialOnJava17And25AreSummedButSpacesAndMetaspaceAreNot() {
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

        assertEquals(18277L * 1024, ProcessMemory.parseHeapUsed(g1On17));
        assertEquals(12300L * 1024, ProcessMemory.parseHeapUsed(g1On25));
        assertEquals((31005L + 1166) * 1024, ProcessMemory.parseHeapUsed(serialOn25));
        assertThrows(IllegalArgumentException.class, () -> ProcessMemory.parseHeapUsed("8472:\nConnection refused\n"));
    }
}
