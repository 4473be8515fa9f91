package app.fulcrum.app;

import app.fulcrum.domain.Sale;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.TimeEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeneratedBusinessTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @ParameterizedTest(name = "scale {0}: {1} time entries, {2} sales")
    @CsvSource({
            "2,     20000,   4000",
            "100, 1000000, 200000", // the benchmark of issue 2
    })
    void scale_maps_to_ten_thousand_time_entries_and_two_thousand_sales_each(int scale, long time, long sales) {
        var size = GeneratedBusiness.Size.ofScale(scale);
        assertThat(size.timeEntries()).isEqualTo(time);
        assertThat(size.sales()).isEqualTo(sales);
        assertThat(size.streams()).isEqualTo(20);
        assertThat(size.years()).isEqualTo(5);
    }

    @Test
    void scale_one_is_the_story_not_a_generated_size() {
        assertThatThrownBy(() -> GeneratedBusiness.Size.ofScale(1)).hasMessageContaining("scale 1 is the demo story");
    }

    @ParameterizedTest(name = "{0} rows over {1} months")
    @CsvSource({"1000000, 60", "7, 60", "200000, 60", "61, 12"})
    void monthly_shares_add_up_to_the_total_and_differ_by_at_most_one(long total, int months) {
        long[] shares = LongStream.range(0, months).map(m -> GeneratedBusiness.share(total, (int) m, months)).toArray();
        assertThat(LongStream.of(shares).sum()).isEqualTo(total);
        assertThat(LongStream.of(shares).max().orElseThrow() - LongStream.of(shares).min().orElseThrow()).isLessThanOrEqualTo(1);
    }

    @Test
    void scale_two_writes_every_row_month_by_month() {
        var db = new RecordingDatabase();
        var counts = GeneratedBusiness.create(db, GeneratedBusiness.Size.ofScale(2), TODAY, new SplittableRandom(1));
        var store = db.stores.get(0);
        // 20,000 time entries and 4,000 sales; 60 months × (20 stream ads + tools + platform) = 1,320 expenses.
        assertThat(counts.timeEntries()).isEqualTo(20_000).isEqualTo(store.time.size());
        assertThat(counts.sales()).isEqualTo(4_000).isEqualTo(store.sales.size());
        assertThat(counts.expenses()).isEqualTo(1_320);
        assertThat(counts.audienceSnapshots()).isEqualTo(60);
        // one set-up transaction, then one per month
        assertThat(db.transactions).isEqualTo(61);
        assertThat(store.streams).hasSize(20).extracting(s -> s.kind().rung()).contains(0, 1, 2, 3, 4); // every rung and off-ladder
    }

    @Test
    void generated_rows_lie_in_the_five_years_and_work_on_weekdays() {
        var db = new RecordingDatabase();
        GeneratedBusiness.create(db, GeneratedBusiness.Size.ofScale(2), TODAY, new SplittableRandom(1));
        var store = db.stores.get(0);
        LocalDate first = LocalDate.of(2020, 7, 1); // 60 months ending June 2025
        assertThat(store.time).allSatisfy((TimeEntry t) -> {
            LocalDate day = t.start().atZone(DemoBusiness.ZONE).toLocalDate();
            assertThat(day).isBetween(first, TODAY);
            assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        });
        assertThat(store.sales).allSatisfy((Sale s) ->
                assertThat(s.at().atZone(DemoBusiness.ZONE).toLocalDate()).isBetween(first, TODAY));
    }

    @Test
    void the_same_seed_generates_the_same_rows() {
        var a = new RecordingDatabase();
        var b = new RecordingDatabase();
        GeneratedBusiness.create(a, GeneratedBusiness.Size.ofScale(2), TODAY, new SplittableRandom(5));
        GeneratedBusiness.create(b, GeneratedBusiness.Size.ofScale(2), TODAY, new SplittableRandom(5));
        assertThat(a.stores.get(0).sales).isEqualTo(b.stores.get(0).sales);
        assertThat(a.stores.get(0).time).isEqualTo(b.stores.get(0).time);
    }
}
