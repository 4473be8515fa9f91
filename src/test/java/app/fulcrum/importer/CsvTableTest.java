package app.fulcrum.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The one CSV layer under every CSV format: ids, header lookup, field counts and "found X, expected Y". */
class CsvTableTest {
    private static final String TOGGL_HEADER = "User,Email,Client,Project,Task,Description,Billable,Start date,"
            + "Start time,End date,End time,Duration,Tags\n";
    private static final String TOGGL_ROW = "Zoë Müller,zoe@example.com,,Podcast,,ep 1,No,2024-03-05,10:00:00,"
            + "2024-03-05,11:00:00,01:00:00,";

    @Test
    void external_ids_are_the_ones_stored_before_the_layers_were_merged() throws IOException {
        CollectingSink toggl = CollectingSink.parseResource(new TogglDetailedCsv(), "toggl_detailed.csv",
                CollectingSink.BERLIN);
        CollectingSink sales = SampleFiles.parseSample(new GenericSalesCsv(ColumnMapping.read(
                Path.of("src/test/resources/mappings/course_platform.mapping"))),
                "course_platform_sales_ILLUSTRATIVE.csv", SampleFiles.USD_UTC);

        // Values computed by the previous ExternalIds and ContentId classes: a changed id would make a
        // re-import of an already imported export add every row again.
        assertThat(toggl.rows.get(0).externalId()).isEqualTo("h:b1ba5a6a59ad83f30c09");
        assertThat(sales.rows.get(0).externalId()).isEqualTo("sha256:6385b62c9ffe7c5ded2f0b214f31a359");
    }

    @Test
    void a_missing_column_of_a_time_format_is_one_problem_on_the_header_line() {
        CollectingSink sink = CollectingSink.parseText(new TogglDetailedCsv(),
                TOGGL_HEADER.replace("Start time", "Begin") + TOGGL_ROW + "\n", CollectingSink.BERLIN);

        assertThat(sink.problemTexts()).containsExactly(
                "test.txt:1: found no column named 'Start time' in the header, expected one because this format needs it");
        assertThat(sink.rows).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a trailing empty field (a spreadsheet's extra comma) holds no data: the row is read
            "trailing empty field  | ,               | ",
            // a value past the header's last column cannot be placed: the row is a problem
            "trailing value        | ,extra          | test.txt:2: found 14 fields, expected 13 as in the header on line 1",
            // a row one field short is a problem too
            "missing field         | DROP            | test.txt:2: found 12 fields, expected 13 as in the header on line 1"})
    void rows_must_have_the_headers_fields_but_may_end_in_empty_ones(String what, String change, String problem) {
        String row = change.equals("DROP") ? TOGGL_ROW.substring(0, TOGGL_ROW.length() - 1) : TOGGL_ROW + change;

        CollectingSink sink = CollectingSink.parseText(new TogglDetailedCsv(), TOGGL_HEADER + row + "\n",
                CollectingSink.BERLIN);

        assertThat(sink.problemTexts()).as(what).containsExactlyElementsOf(problem == null ? java.util.List.of()
                : java.util.List.of(problem));
        assertThat(sink.rows).as(what).hasSize(problem == null ? 1 : 0);
    }

    @Test
    void a_line_of_spaces_is_skipped_as_blank() {
        CollectingSink sink = CollectingSink.parseText(new TogglDetailedCsv(), TOGGL_HEADER + "   \n" + TOGGL_ROW + "\n",
                CollectingSink.BERLIN);

        assertThat(sink.skipped).containsExactly("2: blank line");
        assertThat(sink.seconds()).containsExactly(3600L);
    }

    @Test
    void a_bad_time_names_file_line_column_name_found_and_expected() {
        CollectingSink sink = CollectingSink.parseText(new TogglDetailedCsv(),
                TOGGL_HEADER + TOGGL_ROW.replace("10:00:00", "25:00") + "\n", CollectingSink.BERLIN);

        // Start time is the 9th column; 25:00 is no time of day
        assertThat(sink.problemTexts()).containsExactly(
                "test.txt:2:9: Start time: found '25:00', expected a time of day up to 23:59:59");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
            // 13 cannot be a month: day first
            "13/04/2024 05/04/2024 | en-US | DAY_FIRST",
            // 13 in second place cannot be a month: month first
            "04/13/2024 05/04/2024 | de-DE | MONTH_FIRST",
            // 13/13 is no date at all, so it says nothing; the German locale writes the day first
            "13/13/2024 05/04/2024 | de-DE | DAY_FIRST",
            // nothing settles it and there is no locale: the exporters' US default
            "05/04/2024            | und   | MONTH_FIRST"})
    void slash_date_order_is_sniffed_from_dates_that_settle_it(String text, String locale, DateOrder expected) {
        assertThat(DateOrder.sniff(text, Locale.forLanguageTag(locale))).isEqualTo(expected);
    }
}
