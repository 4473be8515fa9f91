package app.fulcrum.app;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.ExpenseCategory;

import java.time.LocalDate;

/**
 * What belongs to no stream: the tools every stream uses (video calls 15.99, scheduling 12.00 and the
 * email platform 29.00 a month, 49.00 from year 3), a website built by a contractor in month 2 (850),
 * the owner's weekly hour of bookkeeping, the assistant's two hours of inbox and admin a week from
 * year 2 on, and the monthly audience snapshot: an email list growing from 40 by about 6 a month in
 * year 1, 10 in year 2 and 16 in year 3 (a few hundred at the end, far from the 1,000 buyers the
 * course rung asks for), with the buyers counted from the sales.
 */
final class DemoOverhead {
    private final DemoCast cast;

    DemoOverhead(DemoCast cast) {
        this.cast = cast;
    }

    void expensesAndAdmin() {
        DemoTimeline t = cast.timeline();
        for (LocalDate first : t.monthStarts()) {
            cast.rows().expense(null, ExpenseCategory.TOOLS, first, 15_99, "Video calls");
            cast.rows().expense(null, ExpenseCategory.TOOLS, first, 12_00, "Scheduling");
            cast.rows().expense(null, ExpenseCategory.TOOLS, first, first.isBefore(t.month(24)) ? 29_00 : 49_00,
                    "Email platform");
        }
        cast.rows().expense(null, ExpenseCategory.CONTRACTOR, t.month(2), 850_00, "Website design");
        for (LocalDate monday : t.workWeeks(t.start(), t.today().plusDays(1))) {
            cast.work(cast.owner(), null, Activity.ADMIN, t.weekday(monday, 4), 60, "Bookkeeping");
            if (!monday.isBefore(t.month(12))) {
                cast.work(cast.assistant(), null, Activity.ADMIN, t.weekday(monday, 0), 120, "Inbox and admin");
            }
        }
    }

    /** Call after every sale is recorded: the buyers count comes from them. */
    void audience() {
        DemoTimeline t = cast.timeline();
        long listSize = 40;
        int month = 0;
        for (LocalDate first : t.monthStarts()) {
            cast.rows().audience(first, listSize, cast.rows().buyersBy(first.minusDays(1)));
            int growth = month < 12 ? 4 : month < 24 ? 8 : 13;
            listSize += growth + cast.random().nextInt(5);
            month++;
        }
        if (t.today().getDayOfMonth() != 1) {
            cast.rows().audience(t.today(), listSize, cast.rows().buyersBy(t.today()));
        }
    }
}
