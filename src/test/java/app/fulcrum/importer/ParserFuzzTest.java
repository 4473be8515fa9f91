package app.fulcrum.importer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded byte mutations of every time sample (flips, deletions, insertions of CSV/ICS syntax
 * characters, truncations): each parser must answer with rows, skips or problems — never another
 * exception and never a hang (each parse is given 5 s). Same seed, same inputs.
 */
class ParserFuzzTest {
    private static final int RUNS_PER_SAMPLE = 300;
    private static final byte[] SPICE = "\",;\n\r:\t.0123456789-/ \\\ufeffBEGIN:VEVENT\nRRULE:FREQ=".getBytes(
            java.nio.charset.StandardCharsets.UTF_8);

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of(new TogglDetailedCsv(), "toggl_detailed.csv"),
                Arguments.of(new TogglDetailedCsv(), "toggl_detailed_quoted.csv"),
                Arguments.of(new ClockifyDetailedCsv(), "clockify_detailed.csv"),
                Arguments.of(new HarvestDetailedCsv(), "harvest_detailed_eu.csv"),
                Arguments.of(new KimaiCsv(), "kimai_export.csv"),
                Arguments.of(new TimeclockFile(), "work.timeclock"),
                Arguments.of(new TimedotFile(), "work.timedot"),
                Arguments.of(new GoogleCalendarIcs(), "google_calendar_export.ics"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("samples")
    void mutated_input_gives_rows_or_problems_never_another_exception(SourceFormat format, String file)
            throws Exception {
        byte[] sample;
        try (InputStream in = getClass().getResourceAsStream("/formats/" + file)) {
            sample = in.readAllBytes();
        }
        Random random = new Random(file.hashCode());
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            for (int run = 0; run < RUNS_PER_SAMPLE; run++) {
                byte[] input = mutate(sample, random);
                Future<CollectingSink> result = executor.submit(() -> parse(format, file, input));
                CollectingSink sink = result.get(5, TimeUnit.SECONDS);
                // every problem names the file and a line
                assertThat(sink.problems).allMatch(p -> p.file().equals(file) && p.line() >= 1);
                assertThat(sink.rows).allMatch(r -> r.line() >= 1 && r.externalId() != null);
            }
        } finally {
            executor.shutdownNow();
        }
    }

    private static CollectingSink parse(SourceFormat format, String file, byte[] input) throws IOException {
        CollectingSink sink = new CollectingSink();
        format.parse(file, new java.io.ByteArrayInputStream(input), CollectingSink.BERLIN, sink);
        return sink;
    }

    static byte[] mutate(byte[] sample, Random random) {
        byte[] out = sample.clone();
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits && out.length > 0; i++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(4)) {
                case 0 -> out[at] = (byte) random.nextInt(256);
                case 1 -> out[at] = SPICE[random.nextInt(SPICE.length)];
                case 2 -> out = java.util.Arrays.copyOf(out, at);
                default -> {
                    byte[] longer = new byte[out.length + 1];
                    System.arraycopy(out, 0, longer, 0, at);
                    longer[at] = SPICE[random.nextInt(SPICE.length)];
                    System.arraycopy(out, at, longer, at + 1, out.length - at);
                    out = longer;
                }
            }
        }
        return out;
    }
}
