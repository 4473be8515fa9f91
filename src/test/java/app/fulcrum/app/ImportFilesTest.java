package app.fulcrum.app;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.PersonRole;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.TimeEntry;
import app.fulcrum.domain.Workspace;
import app.fulcrum.importer.FormatRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportFilesTest {
    private static final String TOGGL_HEADER =
            "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags\n";

    private InMemoryDatabase db;
    private ImportFiles importFiles;

    @BeforeEach
    void workspace_with_owner_zoe_and_two_streams() {
        db = new InMemoryDatabase();
        db.createWorkspace(new Workspace(0, "Zoë", Currency.getInstance("USD"), ZoneId.of("Europe/Berlin")),
                "Zoë Müller", "zoe@example.com");
        db.inTransaction(1, s -> {
            s.addStream(new Stream(0, "Retainer", StreamKind.RETAINER, null, null, null, null));
            s.addStream(new Stream(0, "Newsletter", StreamKind.PRODUCT, null, null, null, null));
            return null;
        });
        importFiles = new ImportFiles(db, FormatRegistry.standard());
    }

    static ImportInput file(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new ImportInput(name, bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    static ImportRequest request(ImportInput input) {
        return new ImportRequest(List.of(input), "auto", null, null, null, null, null, Locale.ROOT, false, false,
                Instant.parse("2025-01-01T00:00:00Z"));
    }

    static ImportInput twoRows() {
        return file("t.csv", TOGGL_HEADER
                + "Zoë Müller,zoe@example.com,,Retainer,,call,Yes,2024-03-04,09:00:00,2024-03-04,10:30:00,01:30:00,\n"
                + "Zoë Müller,ZOE@example.com,,newsletter,,draft,No,2024-03-05,23:30:00,2024-03-06,00:45:00,01:15:00,promotion\n");
    }

    @Test
    void toggl_rows_land_in_streams_named_by_project_ignoring_case() {
        ImportSummary summary = importFiles.run(1, request(twoRows()), ImportProgress.NONE);

        assertThat(summary.added()).isEqualTo(2);
        // 1.5 h + 1.25 h = 2.75 h = 9900 s, both the owner's (matched by email, case ignored)
        assertThat(db.timeEntries()).extracting(TimeEntry::durationSeconds).containsExactly(5400L, 4500L);
        long owner = db.people().get(0).id();
        assertThat(db.timeEntries()).allMatch(e -> e.personId() == owner);
        // the tag "promotion" names an activity; the untagged row takes the default, delivery
        assertThat(db.timeEntries()).extracting(TimeEntry::activity)
                .containsExactly(Activity.DELIVERY, Activity.PROMOTION);
    }

    @Test
    void importing_the_same_file_again_adds_nothing_and_says_so() {
        importFiles.run(1, request(twoRows()), ImportProgress.NONE);

        ImportSummary again = importFiles.run(1, request(twoRows()), ImportProgress.NONE);

        assertThat(again.added()).isZero();
        assertThat(again.known()).isEqualTo(2);
        assertThat(db.timeEntries()).hasSize(2);
    }

    @Test
    void an_unknown_project_fails_the_whole_import_naming_it_and_writes_nothing() {
        ImportInput input = file("t.csv", TOGGL_HEADER
                + "Zoë Müller,zoe@example.com,,Retainer,,call,Yes,2024-03-04,09:00:00,2024-03-04,10:30:00,01:30:00,\n"
                + "Zoë Müller,zoe@example.com,,Podcast,,ep 1,No,2024-03-05,10:00:00,2024-03-05,11:00:00,01:00:00,\n");

        assertThatThrownBy(() -> importFiles.run(1, request(input), ImportProgress.NONE))
                .isInstanceOf(FulcrumException.class).hasMessageContaining("'Podcast' (t.csv:3)");
        assertThat(db.timeEntries()).isEmpty();
    }

    @Test
    void create_streams_makes_the_missing_stream_and_warns() {
        ImportInput input = file("t.csv", TOGGL_HEADER
                + "Zoë Müller,zoe@example.com,,Podcast,,ep 1,No,2024-03-05,10:00:00,2024-03-05,11:00:00,01:00:00,\n");
        ImportRequest create = new ImportRequest(List.of(input), null, null, null, null, null, null, Locale.ROOT,
                false, true, null);

        ImportSummary summary = importFiles.run(1, create, ImportProgress.NONE);

        assertThat(summary.warnings()).anyMatch(w -> w.contains("created stream 'Podcast'"));
        assertThat(summary.time()).extracting(ImportSummary.TimeLine::stream).containsExactly("Podcast");
    }

    @Test
    void one_bad_row_aborts_everything_with_file_line_and_column() {
        ImportInput input = file("t.csv", TOGGL_HEADER
                + "Zoë Müller,zoe@example.com,,Retainer,,call,Yes,2024-03-04,09:00:00,2024-03-04,10:30:00,01:30:00,\n"
                + "Zoë Müller,zoe@example.com,,Retainer,,call,Yes,2024-03-05,9 o'clock,2024-03-05,10:30:00,01:30:00,\n");

        // "Start time" is the 9th column of the header
        assertThatThrownBy(() -> importFiles.run(1, request(input), ImportProgress.NONE))
                .isInstanceOf(ImportFailedException.class)
                .hasMessageContaining("t.csv:3:9: Start time: found '9 o'clock', expected a time");
        assertThat(db.timeEntries()).isEmpty();
    }

    @Test
    void stream_option_puts_every_row_in_one_stream() {
        ImportRequest all = new ImportRequest(List.of(twoRows()), null, null, null, "retainer", Activity.ADMIN, null,
                Locale.ROOT, false, false, null);

        ImportSummary summary = importFiles.run(1, all, ImportProgress.NONE);

        // both rows to Retainer; the tag "promotion" still wins over --activity admin
        assertThat(summary.time()).extracting(l -> l.stream() + "/" + l.activity() + "/" + l.seconds())
                .containsExactlyInAnyOrder("Retainer/admin/5400", "Retainer/promotion/4500");
    }

    @Test
    void an_unknown_person_becomes_a_helper_without_cost_rate_and_a_warning() {
        ImportInput input = file("t.csv", TOGGL_HEADER
                + "Ana Ruiz,ana@example.mx,,Retainer,,call,Yes,2024-03-04,09:00:00,2024-03-04,10:00:00,01:00:00,\n");

        ImportSummary summary = importFiles.run(1, request(input), ImportProgress.NONE);

        assertThat(db.people()).extracting(Person::name, Person::role)
                .contains(org.assertj.core.groups.Tuple.tuple("Ana Ruiz", PersonRole.HELPER));
        assertThat(summary.warnings()).containsExactly(
                "new helper 'Ana Ruiz' has no cost rate: set one so their hours count as a cost");
    }

    @Test
    void a_dry_run_reports_hours_per_stream_and_writes_nothing() {
        ImportRequest dry = new ImportRequest(List.of(twoRows()), null, null, null, null, null, null, Locale.ROOT,
                true, false, null);

        ImportSummary summary = importFiles.run(1, dry, ImportProgress.NONE);

        assertThat(summary.dryRun()).isTrue();
        assertThat(summary.added()).isEqualTo(2);
        assertThat(summary.seconds()).isEqualTo(9900);
        assertThat(db.timeEntries()).isEmpty();
    }

    @Test
    void a_rules_file_is_stored_and_used_by_the_next_import_without_one() {
        String rules = "if description contains draft\n  stream Retainer\n  activity creation\n";
        ImportRequest withRules = new ImportRequest(List.of(twoRows()), null, "fulcrum.rules", rules, null, null,
                null, Locale.ROOT, true, false, null);
        importFiles.run(1, withRules, ImportProgress.NONE);
        // the dry run rolled back, including the stored rules; a real run stores them
        importFiles.run(1, new ImportRequest(List.of(file("empty.csv", TOGGL_HEADER)), null, "fulcrum.rules", rules,
                null, null, null, Locale.ROOT, false, false, null), ImportProgress.NONE);

        ImportSummary later = importFiles.run(1, request(twoRows()), ImportProgress.NONE);

        // the "draft" row goes to Retainer as creation by the stored rule, not to Newsletter
        assertThat(later.time()).extracting(l -> l.stream() + "/" + l.activity() + "/" + l.seconds())
                .containsExactlyInAnyOrder("Retainer/delivery/5400", "Retainer/creation/4500");
    }

    @Test
    void a_file_of_no_known_format_names_the_formats_tried() {
        ImportInput input = file("notes.txt", "hello world\n");

        assertThatThrownBy(() -> importFiles.run(1, request(input), ImportProgress.NONE))
                .hasMessageStartingWith("notes.txt matches no known format (tried clockify, toggl, harvest, kimai, ics,"
                        + " timeclock, timedot, stripe, stripe-balance, gumroad, paypal, mailchimp)");
    }
}
