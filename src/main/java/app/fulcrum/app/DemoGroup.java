package app.fulcrum.app;

import app.fulcrum.domain.Activity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The group program, launched in year 2. The owner designs it over 8 weeks (2 × 2.5 hours a week,
 * 40 hours of creation), then runs a cohort every 4 months from month 14: three weeks of enrolment
 * (3 hours of launch promotion a week, an enrolment call with every other buyer), 8–12 seats paid up
 * front (1,200 for the first three cohorts, 1,400 after), then 8 weekly 90-minute live calls
 * (holiday weeks skipped) with 30 minutes of preparation. The assistant answers the cohort's community an hour a week. About a
 * third of the seats go to former one-on-one clients.
 */
final class DemoGroup {
    static final int FIRST_COHORT_MONTH = 14;
    static final int MONTHS_BETWEEN_COHORTS = 4;
    static final int COHORT_WEEKS = 8;

    private final DemoCast cast;
    private final List<String> formerClients;
    private int newBuyers;

    DemoGroup(DemoCast cast, List<String> formerClients) {
        this.cast = cast;
        this.formerClients = formerClients;
    }

    void play() {
        DemoTimeline t = cast.timeline();
        LocalDate firstCohort = cohortStart(0);
        for (LocalDate monday : t.workWeeks(firstCohort.minusWeeks(11), firstCohort.minusWeeks(3))) {
            for (int block = 0; block < 2; block++) {
                cast.work(cast.owner(), cast.group(), Activity.CREATION, t.someWeekday(monday, cast.random()), 150,
                        "Designing the group curriculum");
            }
        }
        for (int cohort = 0; !cohortStart(cohort).minusWeeks(3).isAfter(t.today()); cohort++) {
            enrol(cohort);
            deliver(cohort);
        }
    }

    /** The Monday on or after the cohort's month. */
    LocalDate cohortStart(int cohort) {
        return cast.timeline().month(FIRST_COHORT_MONTH + MONTHS_BETWEEN_COHORTS * cohort)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    private void enrol(int cohort) {
        DemoTimeline t = cast.timeline();
        LocalDate start = cohortStart(cohort);
        List<LocalDate> weeks = t.weeks(start.minusWeeks(3), start);
        for (LocalDate monday : weeks) {
            cast.work(cast.owner(), cast.group(), Activity.PROMOTION, t.weekday(monday, 1), 90,
                    "Cohort " + (cohort + 1) + " launch emails");
            cast.work(cast.owner(), cast.group(), Activity.PROMOTION, t.weekday(monday, 3), 90,
                    "Cohort " + (cohort + 1) + " info webinar");
        }
        long price = cohort < 3 ? 1_200_00 : 1_400_00;
        int seats = 8 + cast.random().nextInt(5);
        for (int seat = 0; seat < seats; seat++) {
            LocalDate day = start.minusDays(1 + cast.random().nextInt(21));
            if (!t.contains(day)) {
                continue;
            }
            boolean former = cast.random().nextInt(3) == 0 && !formerClients.isEmpty();
            String buyer = former ? formerClients.get(cast.random().nextInt(formerClients.size()))
                    : DemoCast.customer(200 + newBuyers++);
            String channel = former ? "referral" : cast.channel(25, 20, 15, 40);
            if (seat % 2 == 0 && day.getDayOfWeek().getValue() <= 5) {
                cast.work(cast.owner(), cast.group(), Activity.SALES, day, 30, "Enrolment call with " + buyer);
            }
            cast.rows().sale(cast.group(), cast.anyTimeOn(day), buyer, price, DemoRows.cardFeeMinor(price), channel);
        }
    }

    private void deliver(int cohort) {
        DemoTimeline t = cast.timeline();
        LocalDate start = cohortStart(cohort);
        String name = "Cohort " + (cohort + 1);
        List<LocalDate> weeks = t.workWeeks(start, start.plusWeeks(COHORT_WEEKS + 3L));
        for (LocalDate monday : weeks.subList(0, Math.min(COHORT_WEEKS, weeks.size()))) {
            LocalDate wednesday = t.weekday(monday, 2);
            cast.work(cast.owner(), cast.group(), Activity.DELIVERY, wednesday, 30, name + " call preparation");
            cast.work(cast.owner(), cast.group(), Activity.DELIVERY, wednesday, 90, name + " live group call");
            cast.work(cast.assistant(), cast.group(), Activity.SUPPORT, t.weekday(monday, 4), 60,
                    name + " community questions");
        }
    }
}
