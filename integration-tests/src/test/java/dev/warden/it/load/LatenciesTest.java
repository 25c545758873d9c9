package dev.warden.it.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankOverTheGivenCountWhateverTheInputOrder() {
        long[] shuffled = LongStream.rangeClosed(1, 100).map(i -> (i * 37) % 100 + 1).toArray();

        Latencies latencies = Latencies.of(shuffled, 100);

        assertEquals(new Latencies(100, 50, 90, 99, 100), latencies);
    }

    @Test
    void onlyTheFirstCountValuesCount() {
        long[] values = {5, 1, 3, 999, 999};

        assertEquals(new Latencies(3, 3, 5, 5, 5), Latencies.of(values, 3));
    }

    @Test
    void aSingleLatencyIsEveryPercentile() {
        assertEquals(new Latencies(1, 7, 7, 7, 7), Latencies.of(new long[] {7}, 1));
    }

    @Test
    void noLatenciesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Latencies.of(new long[4], 0));
        assertThrows(IllegalArgumentException.class, () -> Latencies.of(new long[2], 3));
    }
}
