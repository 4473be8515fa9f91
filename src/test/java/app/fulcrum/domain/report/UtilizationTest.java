package app.fulcrum.domain.report;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.PersonRole;
import app.fulcrum.domain.ReportFacts.TimeFact;
import app.fulcrum.domain.TimeLog;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UtilizationTest {

    @ParameterizedTest(name = "{0} delivery hours at {1} h/week over {2}..{3} = {4}")
    @CsvSource({
            "16, 20, 2024-03-04, 2024-03-10, 0.8000",  // one week: 16 of 20 hours
            "20, 20, 2024-03-04, 2024-03-10, 1.0000",  // fully booked
            "40, 20, 2024-03-04, 2024-03-17, 1.0000",  // two weeks offer 40 hours
            "60, 20, 2024-04-01, 2024-04-30, 0.7000",  // 30 days = 30/7 weeks → 85.714 h; 60/85.714 = 0.7
            "25, 20, 2024-03-04, 2024-03-10, 1.2500",  // overbooked shows above 1
            "0,  20, 2024-03-04, 2024-03-10, 0.0000",
    })
    void utilization_is_delivery_hours_over_capacity_hours(long hours, BigDecimal capacity, LocalDate from,
                                                            LocalDate to, BigDecimal expected) {
        assertThat(Utilization.of(hours * 3600, capacity, from, to).value()).isEqualByComparingTo(expected);
    }

    @Test
    void without_capacity_utilization_is_unknown_and_says_why() {
        Measure<BigDecimal> u = Utilization.of(3600, null, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 10));
        assertThat(u.value()).isNull();
        assertThat(u.reason()).contains("no capacity is set");
    }

    @Test
    void by_month_counts_only_this_streams_delivery_by_anyone() {
        Stream coaching = new Stream(1, "Coaching", StreamKind.ONE_ON_ONE, null, BigDecimal.valueOf(7), null, null);
        List<Person> people = List.of(new Person(1, "Olga", null, PersonRole.OWNER, null),
                new Person(2, "Ana", null, PersonRole.HELPER, null));
        List<TimeFact> time = new TimeLog()
                .add(1L, 1, Activity.DELIVERY, LocalDate.of(2024, 4, 2), 10 * 3600)
                .add(1L, 2, Activity.DELIVERY, LocalDate.of(2024, 4, 3), 5 * 3600)   // helper counts
                .add(1L, 1, Activity.PROMOTION, LocalDate.of(2024, 4, 3), 7 * 3600)  // not delivery
                .add(2L, 1, Activity.DELIVERY, LocalDate.of(2024, 4, 3), 9 * 3600)   // other stream
                .add(1L, 1, Activity.DELIVERY, LocalDate.of(2024, 5, 3), 31 * 3600)
                .facts(people);
        var months = Utilization.byMonth(coaching, time, YearMonth.of(2024, 4), YearMonth.of(2024, 5));
        // 7 h/week = 1 h/day: April offers 30 h, May 31 h.
        assertThat(months.get(YearMonth.of(2024, 4)).value()).isEqualByComparingTo("0.5000");  // 15 / 30
        assertThat(months.get(YearMonth.of(2024, 5)).value()).isEqualByComparingTo("1.0000");  // 31 / 31
        assertThat(Utilization.of(coaching, time, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 31)).value())
                .isEqualByComparingTo("0.7541");  // 46 / 61
    }
}
