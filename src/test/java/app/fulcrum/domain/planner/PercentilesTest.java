package app.fulcrum.domain.planner;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class PercentilesTest {

    @ParameterizedTest(name = "P{1} of 1..{0} is {2}")
    @CsvSource({
            // nearest rank: the value at position ceil(q·n)
            "100, 10, 10",
            "100, 50, 50",
            "100, 90, 90",
            "10, 10, 1",
            "10, 50, 5",
            "10, 90, 9",
            "1, 90, 1",
            "7, 50, 4",   // ceil(3.5) = 4
            "7, 90, 7"})  // ceil(6.3) = 7
    void nearest_rank_percentile_of_one_to_n(int n, int percent, long expected) {
        long[] values = LongStream.rangeClosed(1, n).map(v -> n + 1 - v).toArray(); // descending, then sorted
        Arrays.sort(values);
        assertThat(Percentiles.of(values, n, percent / 100.0)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void quickselect_bands_equal_the_sorted_ranks_on_seeded_random_samples() {
        var rng = new java.util.SplittableRandom(99);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + rng.nextInt(500);
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                values[i] = rng.nextInt(50) - 25; // many ties, negatives
            }
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            assertThat(Percentiles.bands(values, n)).containsExactly(Percentiles.of(sorted, n, 0.1),
                    Percentiles.of(sorted, n, 0.5), Percentiles.of(sorted, n, 0.9));
        }
    }
}
