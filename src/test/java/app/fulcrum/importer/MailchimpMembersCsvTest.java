package app.fulcrum.importer;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MailchimpMembersCsvTest {
    private final MailchimpMembersCsv format = new MailchimpMembersCsv();

    @Test
    void subscribed_export_is_one_snapshot_of_three_members_dated_at_the_latest_change() {
        CollectingSink sink = SampleFiles.parseSample(format, "mailchimp_subscribed_members_export.csv", SampleFiles.USD_UTC);

        assertThat(sink.problems).isEmpty();
        // Three members; the latest timestamp in the file is O'Brien's LAST_CHANGED "2024-03-10 07:00:00".
        assertThat(sink.rows).containsExactly(
                new ImportedAudience(1, "list-size:2024-03-10", LocalDate.of(2024, 3, 10), 3, null));
    }

    @Test
    void the_list_id_in_the_file_name_keeps_two_lists_apart() {
        byte[] bytes = SampleFiles.bytes("mailchimp_subscribed_members_export.csv");
        CollectingSink sink = SampleFiles.parse(format, "subscribed_members_export_15d17415eb.csv", bytes, SampleFiles.USD_UTC);

        assertThat(((ImportedAudience) sink.rows.get(0)).externalId()).isEqualTo("list-size:15d17415eb:2024-03-10");
    }

    @Test
    void the_date_is_taken_in_the_import_zone() {
        // 2024-03-10 07:00 UTC is still 9 March in Los Angeles (UTC−8 until the DST switch at 10:00 UTC).
        ParseOptions la = new ParseOptions(ZoneId.of("America/Los_Angeles"), Locale.US, Currency.getInstance("USD"));
        CollectingSink sink = SampleFiles.parseSample(format, "mailchimp_subscribed_members_export.csv", la);

        assertThat(((ImportedAudience) sink.rows.get(0)).date()).isEqualTo(LocalDate.of(2024, 3, 9));
    }

    @Test
    void unsubscribed_export_rows_are_skipped_and_give_no_snapshot() {
        CollectingSink sink = SampleFiles.parseSample(format, "mailchimp_unsubscribed_members_export.csv", SampleFiles.USD_UTC);

        assertThat(sink.rows).isEmpty();
        assertThat(sink.problems).isEmpty();
        assertThat(sink.skipped).containsExactly("2: Mailchimp unsubscribed member: not on the list");
    }

    @Test
    void a_bad_timestamp_and_an_empty_list_are_problems() {
        String header = "\"Email Address\",MEMBER_RATING,CONFIRM_TIME,LAST_CHANGED,LEID\n";
        CollectingSink bad = SampleFiles.parse(format, "m.csv",
                (header + "a@b.c,2,\"2024-13-01 10:00:00\",,1\n").getBytes(StandardCharsets.UTF_8), SampleFiles.USD_UTC);
        CollectingSink empty = SampleFiles.parse(format, "m.csv", header.getBytes(StandardCharsets.UTF_8), SampleFiles.USD_UTC);

        assertThat(bad.problemTexts()).first().isEqualTo(
                "m.csv:2:3: found '2024-13-01 10:00:00' in CONFIRM_TIME, expected a date and time such as 2024-03-01 09:01:44");
        assertThat(empty.problemTexts()).containsExactly("m.csv:1: found no member with a CONFIRM_TIME, OPTIN_TIME or "
                + "LAST_CHANGED, expected at least one to date the export");
    }

    @Test
    void both_exports_are_recognized_but_kit_is_not() {
        assertThat(format.recognizes("s.csv", SampleFiles.head("mailchimp_subscribed_members_export.csv"))).isTrue();
        assertThat(format.recognizes("u.csv", SampleFiles.head("mailchimp_unsubscribed_members_export.csv"))).isTrue();
        assertThat(format.recognizes("k.csv", "first_name,email_address,state,created_at,tags\n")).isFalse();
    }
}
