package app.fulcrum.app;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.TimeEntry;
import app.fulcrum.domain.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo story, written into a hand-written in-memory store with seed 42 ending 2025-06-30. The
 * exact figures were computed once from that run; each comment says how to check it by hand.
 */
class DemoBusinessTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    private static RecordingWorkspaceStore demo(long seed) {
        var store = new RecordingWorkspaceStore(new Workspace(1, DemoBusiness.WORKSPACE_NAME, DemoBusiness.CURRENCY,
                DemoBusiness.ZONE), DemoBusiness.OWNER_NAME);
        DemoBusiness.write(store, TODAY, new SplittableRandom(seed));
        return store;
    }

    private static final RecordingWorkspaceStore STORE = demo(42);

    private static Stream stream(String name) {
        return STORE.findStream(name).orElseThrow();
    }

    private static List<Sale> salesOf(String name, boolean refunds) {
        long id = stream(name).id();
        return STORE.sales.stream().filter(s -> s.streamId() == id && s.refund() == refunds).toList();
    }

    private static double ownerHours(String name, Activity activity, YearMonth month) {
        Long id = name == null ? null : stream(name).id();
        long owner = STORE.owner().id();
        return STORE.time.stream()
                .filter(t -> t.personId() == owner && Objects.equals(t.streamId(), id))
                .filter(t -> activity == null || t.activity() == activity)
                .filter(t -> month == null || YearMonth.from(t.start().atZone(DemoBusiness.ZONE)).equals(month))
                .mapToLong(TimeEntry::durationSeconds).sum() / 3600.0;
    }

    @Test
    void the_same_seed_and_day_give_identical_rows() {
        var again = demo(42);
        assertThat(again.time).isEqualTo(STORE.time);
        assertThat(again.sales).isEqualTo(STORE.sales);
        assertThat(again.expenses).isEqualTo(STORE.expenses);
        assertThat(again.audience).isEqualTo(STORE.audience);
    }

    @Test
    void another_seed_gives_another_business() {
        assertThat(demo(7).sales).isNotEqualTo(STORE.sales);
    }

    @ParameterizedTest(name = "{0}: {1} sales, gross {2}")
    @CsvSource({
            // 1,662 sessions: 1,051 at 150 before the raise in month 25 + 611 at 175 = 157,650 + 106,925
            "One-on-one coaching,   1662, 264575.00, 611",
            // 60 seats: 29 at 1,200 in cohorts 1-3 + 31 at 1,400 in cohorts 4-6 = 34,800 + 43,400
            "Career Momentum group,   60,  78200.00, 31",
            // 41 sales at 297 = 12,177; every course sale is at the one price
            "Career Pivot course,     41,  12177.00, 41",
    })
    void each_stream_has_the_gross_computed_once(String name, int count, String gross, int atCurrentPrice) {
        List<Sale> sales = salesOf(name, false);
        assertThat(sales).hasSize(count);
        assertThat(sales.stream().mapToLong(s -> s.gross().minor()).sum())
                .isEqualTo(new java.math.BigDecimal(gross).movePointRight(2).longValueExact());
        assertThat(sales.stream().filter(s -> s.gross().equals(stream(name).listPrice()))).hasSize(atCurrentPrice);
    }

    @ParameterizedTest(name = "{0} {1}: {2} h")
    @CsvSource(nullValues = "overhead", value = {
            // 59 sessions of 1 h (14 a week in year 3; the random weekday of some fell outside May)
            "One-on-one coaching,   delivery,    59.0",
            // one 45-minute referral follow-up in each of the 4 weeks whose random weekday fell in May
            "One-on-one coaching,   promotion,    3.0",
            // one new client: one 30-minute discovery call
            "One-on-one coaching,   sales,        0.5",
            // cohort 6 starts Monday 5 May: Wednesdays 7, 14, 21, 28 May × (90 min call + 30 min preparation)
            "Career Momentum group, delivery,     8.0",
            // enrolment week of 28 April: the Thursday 1 May webinar of 90 minutes (the Tuesday was in April)
            "Career Momentum group, promotion,    1.5",
            // one enrolment call with a buyer who paid on 1–4 May
            "Career Momentum group, sales,        0.5",
            // the fixed upkeep: 4 Tuesdays × 2 h, 2 × 30 min questions, 2 h of fixes on the first Friday
            "Career Pivot course,   promotion,    8.0",
            "Career Pivot course,   support,      1.0",
            "Career Pivot course,   maintenance,  2.0",
            // bookkeeping, 1 h each Friday: 2, 9, 16, 23, 30 May
            "overhead,              admin,        5.0",
    })
    void owner_hours_in_may_2025_are_computed_once_and_explained(String name, String activity, double hours) {
        assertThat(ownerHours(name, Activity.parse(activity), YearMonth.of(2025, 5))).isEqualTo(hours);
    }

    @Test
    void the_owner_worked_88_and_a_half_hours_in_may_2025() {
        // The sum of the table above: 62.5 one-on-one + 10 group + 11 course + 5 overhead.
        long owner = STORE.owner().id();
        double total = STORE.time.stream().filter(t -> t.personId() == owner)
                .filter(t -> YearMonth.from(t.start().atZone(DemoBusiness.ZONE)).equals(YearMonth.of(2025, 5)))
                .mapToLong(TimeEntry::durationSeconds).sum() / 3600.0;
        assertThat(total).isEqualTo(88.5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12",
            "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"})
    void besides_creation_the_course_takes_eleven_owner_hours_every_month(String month) {
        // Before the launch month (January 2025): 4 Tuesdays × 2 h of waitlist posts + 3 h of launch planning.
        // From it on: 4 Tuesdays × 2 h of emails and posts, 2 × 30 min of questions, 2 h of fixes. Both 11 h.
        double all = ownerHours(DemoBusiness.COURSE, null, YearMonth.parse(month));
        double creation = ownerHours(DemoBusiness.COURSE, Activity.CREATION, YearMonth.parse(month));
        assertThat(all - creation).isEqualTo(11.0);
    }

    @Test
    void the_course_took_months_of_creation_and_has_not_earned_them_back() {
        double creation = ownerHours(DemoBusiness.COURSE, Activity.CREATION, null);
        // Two 4-hour blocks a week over the 22 working weeks from July 2024 to the launch prelude = 176 h.
        assertThat(creation).isEqualTo(176.0);
        long gross = salesOf(DemoBusiness.COURSE, false).stream().mapToLong(s -> s.gross().minor()).sum();
        long refunds = salesOf(DemoBusiness.COURSE, true).stream().mapToLong(s -> s.gross().minor()).sum();
        long fees = STORE.sales.stream().filter(s -> s.streamId() == stream(DemoBusiness.COURSE).id())
                .mapToLong(s -> s.fee().minor()).sum();
        // 3 refunds of 297 = 891; net = 12,177 - 891 - fees, far below 176 h × 150 = 26,400.
        assertThat(refunds).isEqualTo(891_00);
        assertThat(gross - refunds - fees).isLessThan((long) creation * DemoPractice.PRICE_BEFORE_RAISE);
    }

    @Test
    void the_group_program_starts_in_year_two() {
        Instant first = salesOf(DemoBusiness.GROUP, false).stream().map(Sale::at).min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate day = first.atZone(DemoBusiness.ZONE).toLocalDate();
        // The timeline starts 2022-07-01; year 2 runs from 2023-07-01 to 2024-06-30.
        assertThat(day).isBetween(LocalDate.of(2023, 7, 1), LocalDate.of(2024, 6, 30));
        assertThat(ownerHours(DemoBusiness.GROUP, Activity.CREATION, null)).isEqualTo(40.0);
    }

    @Test
    void the_assistant_costs_25_an_hour_and_supports_the_group_and_the_course() {
        Person sam = STORE.findPerson(DemoBusiness.ASSISTANT_NAME).orElseThrow();
        assertThat(sam.costRatePerHour().toPlainString()).isEqualTo("25.00");
        assertThat(STORE.time.stream().filter(t -> t.personId() == sam.id() && t.activity() == Activity.SUPPORT)
                .map(TimeEntry::streamId).distinct())
                .containsExactlyInAnyOrder(stream(DemoBusiness.GROUP).id(), stream(DemoBusiness.COURSE).id());
    }

    @Test
    void the_list_grows_to_a_few_hundred_below_the_thousand_buyers_of_the_course_rung() {
        var last = STORE.audience.get(STORE.audience.size() - 1);
        assertThat(last.date()).isEqualTo(TODAY);
        assertThat(last.listSize()).isBetween(300L, 600L);
        assertThat(last.buyers()).isLessThan(1000L);
        assertThat(STORE.sales.stream().filter(s -> s.streamId() == stream(DemoBusiness.ONE_ON_ONE).id())
                .map(Sale::customer).distinct().count()).isGreaterThanOrEqualTo(15);
    }

    @Test
    void all_work_happens_on_weekdays_in_working_hours_without_overlaps() {
        for (TimeEntry t : STORE.time) {
            ZonedDateTime start = t.start().atZone(DemoBusiness.ZONE);
            assertThat(start.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(start.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(19, 0));
            assertThat(start.toLocalDate()).isBetween(TODAY.minusYears(3).plusDays(1), TODAY);
        }
        var byPersonAndStart = STORE.time.stream()
                .sorted(Comparator.comparingLong(TimeEntry::personId).thenComparing(TimeEntry::start)).toList();
        for (int i = 1; i < byPersonAndStart.size(); i++) {
            TimeEntry before = byPersonAndStart.get(i - 1);
            TimeEntry after = byPersonAndStart.get(i);
            if (before.personId() == after.personId()) {
                assertThat(before.start().plusSeconds(before.durationSeconds())).isBeforeOrEqualTo(after.start());
            }
        }
    }

    @Test
    void every_sale_has_a_customer_and_a_channel() {
        assertThat(STORE.sales).allSatisfy(s -> {
            assertThat(s.customer()).endsWith("@example.com");
            assertThat(s.channel()).isIn((Object[]) DemoCast.CHANNELS);
        });
        assertThat(salesOf(DemoBusiness.COURSE, true)).allSatisfy(r -> assertThat(r.refundOf()).isNotNull());
    }
}
