package app.fulcrum.app;

import app.fulcrum.domain.Activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-on-one practice, all three years. Clients book a weekly 60-minute session for 12–36 weeks
 * and pay per session by card. The owner fills her week up to a target that grows from 4 sessions in
 * her first week to 11 by the end of year 1 (capacity is 15 hours a week), 13 in year 2 and 14 in
 * year 3 (93% utilization). Each new client starts with a 30-minute discovery call (plus one call
 * that did not convert for every third client). The rate rises from 150 to 175 a session at month 25.
 * Year 1 needs 3 hours of promotion a week; later referrals carry it and promotion shrinks.
 */
final class DemoPractice {
    static final long PRICE_BEFORE_RAISE = 150_00;
    static final long PRICE_AFTER_RAISE = 175_00;
    static final int RAISE_MONTH = 25;

    private final DemoCast cast;
    private final List<Client> active = new ArrayList<>();
    private final List<String> former = new ArrayList<>();
    private int enrolled;

    DemoPractice(DemoCast cast) {
        this.cast = cast;
    }

    /** Plays the practice and returns every client served, for the group program to recruit from. */
    List<String> play() {
        DemoTimeline t = cast.timeline();
        for (LocalDate monday : t.workWeeks(t.start(), t.today().plusDays(1))) {
            long week = ChronoUnit.WEEKS.between(t.start(), monday);
            while (active.size() < targetSessions(week)) {
                enrol(monday);
            }
            for (Client client : List.copyOf(active)) {
                session(client, monday);
            }
            routine(monday, week);
        }
        return List.copyOf(former);
    }

    static int targetSessions(long week) {
        if (week < 52) {
            return 4 + (int) (7 * Math.max(0, week) / 51);
        }
        return week < 104 ? 13 : 14;
    }

    private void enrol(LocalDate monday) {
        String customer = DemoCast.customer(enrolled);
        String channel = cast.channel(45, 25, 15, 15);
        LocalDate day = cast.timeline().someWeekday(monday, cast.random());
        cast.work(cast.owner(), cast.oneOnOne(), Activity.SALES, day, 30, "Discovery call with " + customer);
        if (enrolled % 3 == 2) {
            cast.work(cast.owner(), cast.oneOnOne(), Activity.SALES, day, 30, "Discovery call (did not sign up)");
        }
        active.add(new Client(customer, channel, 12 + cast.random().nextInt(25)));
        former.add(customer);
        enrolled++;
    }

    private void session(Client client, LocalDate monday) {
        LocalDate day = cast.timeline().someWeekday(monday, cast.random());
        Instant start = cast.work(cast.owner(), cast.oneOnOne(), Activity.DELIVERY, day, 60,
                "Coaching session with " + client.customer);
        if (start == null) {
            return;
        }
        boolean raised = !day.isBefore(cast.timeline().month(RAISE_MONTH));
        long price = raised ? PRICE_AFTER_RAISE : PRICE_BEFORE_RAISE;
        cast.rows().sale(cast.oneOnOne(), start.plusSeconds(3600), client.customer, price, DemoRows.cardFeeMinor(price),
                client.channel);
        client.sessionsLeft--;
        if (client.sessionsLeft == 0) {
            active.remove(client);
        }
    }

    /** Promotion and admin that do not depend on the number of clients. */
    private void routine(LocalDate monday, long week) {
        DemoTimeline t = cast.timeline();
        int promotionMinutes = week < 52 ? 90 : 45;
        int blocks = week < 52 ? 2 : 1;
        for (int i = 0; i < blocks; i++) {
            cast.work(cast.owner(), cast.oneOnOne(), Activity.PROMOTION, t.someWeekday(monday, cast.random()),
                    promotionMinutes, week < 52 ? "Podcast guesting and posts" : "Referral follow-ups");
        }
        LocalDate friday = t.weekday(monday, 4);
        if (week < 52) {
            cast.work(cast.owner(), cast.oneOnOne(), Activity.ADMIN, friday, 30, "Session notes and scheduling");
        } else {
            cast.work(cast.assistant(), cast.oneOnOne(), Activity.ADMIN, friday, 60, "Scheduling and invoices");
        }
    }

    private static final class Client {
        final String customer;
        final String channel;
        int sessionsLeft;

        Client(String customer, String channel, int sessionsLeft) {
            this.customer = customer;
            this.channel = channel;
            this.sessionsLeft = sessionsLeft;
        }
    }
}
