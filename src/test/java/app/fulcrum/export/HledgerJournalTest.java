package app.fulcrum.export;

import app.fulcrum.domain.Person;
import app.fulcrum.domain.PersonRole;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HledgerJournalTest {
    private final String journal = HledgerJournal.of(ExportFixtures.coachingPractice());
    private final String timeclock = HledgerTimeclock.of(ExportFixtures.coachingPractice());

    @Test
    void a_foreign_currency_sale_posts_its_base_amounts_and_notes_what_was_paid() {
        // 53.21 − 1.84 = 51.37 reached Stripe; the ';' in the stream name would start an hledger comment.
        assertThat(journal).contains("""
                2024-03-06 * (ch_C) Überblick Newsletter | buyer3@example.com
                    ; paid 49.00 EUR, fee 1.69 EUR
                    revenue:uberblick-newsletter              -53.21 USD
                    expenses:fees:uberblick-newsletter          1.84 USD
                    assets:stripe                              51.37 USD
                """);
    }

    @Test
    void a_refund_is_dated_in_the_workspace_zone_and_returns_part_of_the_fee() {
        // 2024-03-09 23:02:10 UTC is 10 March in Berlin; 49.00 − 1.69 = 47.31 left PayPal.
        assertThat(journal).contains("""
                2024-03-10 * (9EF) Refund | Launch Lab | buyer6@example.com
                    revenue:launch-lab                         49.00 USD
                    expenses:fees:launch-lab                   -1.69 USD
                    assets:paypal                             -47.31 USD
                """);
    }

    @Test
    void timeclock_keeps_exact_durations_across_midnight_and_daylight_saving() {
        assertThat(timeclock).contains("""
                i 2024-03-05 23:30:00 time:uberblick-newsletter:promotion:zoe-muller  Zoë Müller: entry 3
                o 2024-03-06 00:45:00
                """, """
                i 2024-03-31 01:30:00 time:1-1-coaching:admin:zoe-muller  Zoë Müller: entry 5
                o 2024-03-31 03:30:00
                """);
    }

    @ParameterizedTest
    @CsvSource({
            "Launch Lab,            launch-lab",
            "'Überblick; Newsletter', uberblick-newsletter",
            "1:1 Coaching,          1-1-coaching",
            "'  ***  ',             unnamed",
            "overhead,              overhead-7",   // reserved for shared costs and time
    })
    void stream_names_become_safe_account_components(String name, String account) {
        HledgerAccounts accounts = HledgerAccounts.of(List.of(new Stream(7, name, StreamKind.OTHER, null, null, null, null)),
                List.of(new Person(1, "Owner", null, PersonRole.OWNER, null)));

        assertThat(accounts.stream(7L)).isEqualTo(account);
    }

    @Test
    void two_streams_with_the_same_slug_stay_apart() {
        HledgerAccounts accounts = HledgerAccounts.of(List.of(
                new Stream(1, "Launch Lab", StreamKind.COURSE, null, null, null, null),
                new Stream(2, "launch-lab", StreamKind.COURSE, null, null, null, null)), List.of());

        assertThat(accounts.revenue(1)).isEqualTo("revenue:launch-lab");
        assertThat(accounts.revenue(2)).isEqualTo("revenue:launch-lab-2");
    }
}
