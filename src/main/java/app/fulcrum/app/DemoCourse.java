package app.fulcrum.app;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.Sale;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The online course of year 3. The owner builds it over six months from the first of month 24 at
 * 2 × 4 hours of creation a week, the assistant editing video 3 hours a week from month 26; the
 * course platform costs 39 a month from month 26 and takes 5% of each sale on top of card fees. It
 * launches on the Monday after month 30 with a launch week of 14–18 sales at 297 to a list of a few
 * hundred, three of which are refunded; then 2–5 sales a month, helped by 300 a month of ads for three
 * months. Besides creation, the owner gives it a steady 11 hours every month from the first month of
 * creation: before the launch month 4 × 2 h of waitlist emails and posts plus 3 h of launch planning;
 * from the launch month on 4 × 2 h of emails and posts, 2 × 30 min of student questions and 2 h of
 * fixes. The assistant answers each buyer's onboarding questions (20 minutes). So the course's owner
 * time does not grow with sales, yet never drops to nothing: leveraged, not passive. (The hours are
 * steady by design: a month's owner time that swung with the launch would read as time per sale.)
 */
final class DemoCourse {
    static final int CREATION_START_MONTH = 24;
    static final int LAUNCH_MONTH = 30;
    static final long PRICE = 297_00;
    static final long PLATFORM_MONTHLY = 39_00;
    static final long ADS_MONTHLY = 300_00;
    static final int REFUNDS = 3;

    private final DemoCast cast;
    private int buyers;

    DemoCourse(DemoCast cast) {
        this.cast = cast;
    }

    void play() {
        DemoTimeline t = cast.timeline();
        LocalDate launch = launchDay();
        LocalDate creationStart = t.month(CREATION_START_MONTH).withDayOfMonth(1);
        for (LocalDate monday : t.workWeeks(creationStart, launch.minusWeeks(3))) {
            cast.work(cast.owner(), cast.course(), Activity.CREATION, t.weekday(monday, 1), 240,
                    "Scripting and recording lessons");
            cast.work(cast.owner(), cast.course(), Activity.CREATION, t.weekday(monday, 3), 240,
                    "Recording and workbook");
            if (!monday.isBefore(t.month(CREATION_START_MONTH + 2))) {
                cast.work(cast.assistant(), cast.course(), Activity.CREATION, t.weekday(monday, 2), 180,
                        "Editing lesson videos");
            }
        }
        for (LocalDate month = creationStart; !month.isAfter(t.today()); month = month.plusMonths(1)) {
            rhythm(month, month.isBefore(launch.withDayOfMonth(1)));
        }
        launchWeek(launch);
        afterLaunch(launch);
        for (LocalDate first : t.monthStarts()) {
            if (!first.isBefore(t.month(CREATION_START_MONTH + 2).withDayOfMonth(1))) {
                cast.rows().expense(cast.course(), ExpenseCategory.PLATFORM, first, PLATFORM_MONTHLY,
                        "Course platform plan");
            }
        }
    }

    /** The Monday on or after month 30. */
    LocalDate launchDay() {
        return cast.timeline().month(LAUNCH_MONTH).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    private void launchWeek(LocalDate launch) {
        List<Sale> launchSales = new ArrayList<>();
        int count = 14 + cast.random().nextInt(5);
        for (int i = 0; i < count; i++) {
            Sale sale = sell(launch.plusDays(cast.random().nextInt(7)), cast.channel(10, 15, 15, 60));
            if (sale != null) {
                launchSales.add(sale);
            }
        }
        for (int i = 0; i < REFUNDS && i < launchSales.size(); i++) {
            Sale sale = launchSales.get(i * 4 % launchSales.size());
            LocalDate bought = sale.at().atZone(cast.timeline().zone()).toLocalDate();
            LocalDate day = bought.plusDays(10 + cast.random().nextInt(16));
            if (cast.timeline().contains(day)) {
                cast.rows().refund(sale, cast.anyTimeOn(day));
            }
        }
    }

    private void afterLaunch(LocalDate launch) {
        DemoTimeline t = cast.timeline();
        LocalDate month = launch.withDayOfMonth(1).plusMonths(1);
        for (int m = 0; !month.isAfter(t.today()); m++, month = month.plusMonths(1)) {
            if (m < 3) {
                cast.rows().expense(cast.course(), ExpenseCategory.ADS, month, ADS_MONTHLY, "Course ads");
            }
            int sales = 2 + cast.random().nextInt(4);
            for (int i = 0; i < sales; i++) {
                LocalDate day = month.plusDays(cast.random().nextInt(month.lengthOfMonth()));
                sell(day, cast.channel(10, 15, m < 3 ? 45 : 25, 40));
            }
        }
    }

    /** The owner's 11 hours of a month outside creation: the same in every full month. */
    private void rhythm(LocalDate month, boolean beforeLaunch) {
        DemoTimeline t = cast.timeline();
        LocalDate firstTuesday = month.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
        for (int week = 0; week < 4; week++) {
            LocalDate tuesday = firstTuesday.plusWeeks(week);
            book(tuesday, Activity.PROMOTION, 120,
                    beforeLaunch ? "Waitlist emails and posts" : "Course emails and posts");
            if (!beforeLaunch && week % 2 == 0) {
                book(tuesday.plusDays(2), Activity.SUPPORT, 30, "Student questions");
            }
        }
        LocalDate friday = month.with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY));
        if (beforeLaunch) {
            book(friday, Activity.PROMOTION, 180, "Launch planning");
        } else {
            book(friday, Activity.MAINTENANCE, 120, "Course fixes and updates");
        }
    }

    private void book(LocalDate day, Activity activity, int minutes, String note) {
        if (cast.timeline().contains(day)) {
            cast.work(cast.owner(), cast.course(), activity, day, minutes, note);
        }
    }

    /** One course sale on {@code day}, with the assistant's 20 minutes of onboarding questions; null after today. */
    private Sale sell(LocalDate day, String channel) {
        DemoTimeline t = cast.timeline();
        if (!t.contains(day)) {
            return null;
        }
        String buyer = DemoCast.customer(300 + buyers++);
        long fee = DemoRows.cardFeeMinor(PRICE) + (PRICE * 5 + 50) / 100;
        Sale sale = cast.rows().sale(cast.course(), cast.anyTimeOn(day), buyer, PRICE, fee, channel);
        LocalDate next = day.plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate supportDay = day.getDayOfWeek().getValue() < 5 ? day.plusDays(1) : next;
        if (t.contains(supportDay)) {
            cast.work(cast.assistant(), cast.course(), Activity.SUPPORT, supportDay, 20,
                    "Onboarding questions from " + buyer);
        }
        return sale;
    }
}
