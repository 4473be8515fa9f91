package app.fulcrum.importer;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class GoogleCalendarIcsTest {
    private final GoogleCalendarIcs ics = new GoogleCalendarIcs();

    @Test
    void google_sample_gives_moved_kept_and_dst_occurrences_and_drops_cancelled_excluded_and_all_day() {
        CollectingSink sink = CollectingSink.parseResource(ics, "google_calendar_export.ics", CollectingSink.BERLIN);

        assertThat(sink.problems).isEmpty();
        // Weekly Monday 09:00 Berlin from 03-04: 03-04 kept (08:00Z, CET); 03-11 moved to Tue 03-12 14:00 CET;
        // 03-18 EXDATE; 03-25 cancelled; 04-01 09:00 CEST = 07:00Z, inside UNTIL=20240401T075959Z.
        // Then the UTC newsletter event 00:30Z–01:30Z on the DST switch day.
        assertThat(sink.times()).extracting(t -> t.start().toString() + " " + t.durationSeconds() + " " + t.project())
                .containsExactlyInAnyOrder(
                        "2024-03-04T08:00:00Z 5400 [Acme] Retainer call",
                        "2024-03-12T13:00:00Z 5400 [Acme] Retainer call (moved)",
                        "2024-04-01T07:00:00Z 5400 [Acme] Retainer call",
                        "2024-03-31T00:30:00Z 3600 Newsletter – write issue #43 (Münchner Café)");
        assertThat(sink.skipped).anyMatch(s -> s.contains("all-day")).anyMatch(s -> s.contains("cancelled"));
    }

    @Test
    void moved_occurrence_keeps_the_identity_of_its_original_slot() {
        CollectingSink sink = CollectingSink.parseResource(ics, "google_calendar_export.ics", CollectingSink.BERLIN);

        // The override's RECURRENCE-ID is 2024-03-11 09:00 Berlin = 08:00Z, whatever its new time.
        assertThat(sink.times()).filteredOn(t -> t.project().endsWith("(moved)"))
                .extracting(ImportedRow::externalId)
                .containsExactly("7kq2m9x1c0retainer@google.com|2024-03-11T08:00:00Z");
    }

    @Test
    void occurrences_after_the_expansion_bound_are_plans_not_work() {
        ParseOptions untilMidMarch = new ParseOptions(ZoneId.of("Europe/Berlin"), Locale.ROOT, null,
                Instant.parse("2024-03-15T00:00:00Z"));

        CollectingSink sink = CollectingSink.parseResource(ics, "google_calendar_export.ics", untilMidMarch);

        // 03-04 and the moved 03-12 are before the bound; 04-01 and the 03-31 newsletter are after it.
        assertThat(sink.seconds()).containsExactlyInAnyOrder(5400L, 5400L);
    }

    @Test
    void floating_times_are_read_in_the_calendar_time_zone() {
        String calendar = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:test",
                "X-WR-TIMEZONE:America/New_York", "BEGIN:VEVENT", "UID:f1", "DTSTAMP:20240410T120000Z",
                "DTSTART:20240305T090000", "DTEND:20240305T100000", "SUMMARY:Coaching", "END:VEVENT",
                "END:VCALENDAR", "");

        CollectingSink sink = CollectingSink.parseText(ics, calendar, CollectingSink.BERLIN);

        // 09:00 in New York (EST, UTC-5) on 2024-03-05 is 14:00Z, not 08:00Z as Berlin would give.
        assertThat(sink.times()).extracting(t -> t.start().toString()).containsExactly("2024-03-05T14:00:00Z");
    }

    @Test
    void a_broken_calendar_is_a_problem_with_its_line() {
        CollectingSink sink = CollectingSink.parseText(ics, "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;;;\r\n",
                CollectingSink.BERLIN);

        assertThat(sink.rows).isEmpty();
        assertThat(sink.problems).hasSize(1);
        assertThat(sink.problems.get(0).toString()).startsWith("test.txt:");
    }
}
