package app.fulcrum.importer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every time sample of ../shared/formats/samples parses to the durations its rows state. */
class TimeFormatSamplesTest {

    static Stream<Arguments> samples() {
        return Stream.of(
                // 01:30:00, 01:15:00 over midnight, a zero-length row, 26:15:00 past a day
                Arguments.of(new TogglDetailedCsv(), "toggl_detailed.csv", List.of(5400L, 4500L, 0L, 94500L)),
                // newer all-quoted export: 01:30:00 and a 2-second entry
                Arguments.of(new TogglDetailedCsv(), "toggl_detailed_quoted.csv", List.of(5400L, 2L)),
                // 12-hour clock; 11:30 PM → 12:45 AM is 1 h 15 min
                Arguments.of(new ClockifyDetailedCsv(), "clockify_detailed.csv", List.of(5400L, 4500L, 0L)),
                // decimal comma: "1,5" h, "1,25" h, "26,25" h
                Arguments.of(new HarvestDetailedCsv(), "harvest_detailed_eu.csv", List.of(5400L, 4500L, 94500L)),
                Arguments.of(new HarvestDetailedCsv(), "harvest_detailed_us.csv", List.of(5400L, 0L)),
                // 09:00–10:30; 23:30–00:45 past midnight; 14:00–14:00
                Arguments.of(new KimaiCsv(), "kimai_export.csv", List.of(5400L, 4500L, 0L)),
                // hledger balance says 1.50h + 1.75h + 1.25h = 4.50h
                Arguments.of(new TimeclockFile(), "work.timeclock", List.of(5400L, 6300L, 4500L)),
                Arguments.of(new TimeclockFile(), "work-ledger.timeclock", List.of(5400L, 6300L, 4500L)),
                // hledger balance says 1.50 + 1.75 + 1.50 = 4.75
                Arguments.of(new TimedotFile(), "work.timedot", List.of(5400L, 6300L, 5400L)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("samples")
    void sample_parses_to_the_stated_durations(SourceFormat format, String file, List<Long> seconds) {
        CollectingSink sink = CollectingSink.parseResource(format, file, CollectingSink.BERLIN);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.seconds()).containsExactlyElementsOf(seconds);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("samples")
    void every_sample_is_detected_as_its_own_format(SourceFormat format, String file, List<Long> ignored)
            throws Exception {
        try (var in = getClass().getResourceAsStream("/formats/" + file)) {
            String head = new String(in.readNBytes(FormatRegistry.HEAD_BYTES), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(FormatRegistry.standard().detect(file, head).id()).isEqualTo(format.id());
        }
    }
}
