package app.fulcrum.app;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.Stream;

import java.time.Instant;
import java.time.LocalDate;
import java.util.random.RandomGenerator;

/**
 * Who and what the demo story plays with: its timeline, calendar and row collector, the seeded
 * random source, the owner and the assistant, and the three streams.
 */
record DemoCast(DemoTimeline timeline, DemoCalendar calendar, DemoRows rows, RandomGenerator random,
                long owner, long assistant, Stream oneOnOne, Stream group, Stream course) {

    private static final String[] FIRST = {"maria", "james", "aisha", "chen", "olivia", "daniel", "priya", "lucas",
        "sofia", "marcus", "hannah", "diego", "grace", "omar", "emily", "noah", "fatima", "ethan", "zoe", "liam"};
    private static final String[] LAST = {"k", "b", "n", "w", "r", "t", "m", "s", "l", "p", "g", "h", "d", "c", "f",
        "v", "o", "e", "j", "y"};

    /** Where paying customers came from, as the owner tags them. */
    static final String[] CHANNELS = {"referral", "podcast", "instagram", "newsletter"};

    /**
     * Books a block of work on {@code day} (or another weekday of its week) and records it; returns
     * null and records nothing when {@code day} is null (outside the timeline).
     */
    Instant work(long person, Stream stream, Activity activity, LocalDate day, int minutes, String note) {
        if (day == null) {
            return null;
        }
        Instant start = calendar.book(person, day, minutes);
        rows.time(person, stream, activity, start, minutes, note);
        return start;
    }

    /** A distinct, stable customer reference for each index (unique for the first 400). */
    static String customer(int index) {
        String name = FIRST[index % FIRST.length] + "." + LAST[(index / FIRST.length + index) % LAST.length];
        return (index < 400 ? name : name + index) + "@example.com";
    }

    /** A channel drawn with the given weights for referral, podcast, instagram, newsletter. */
    String channel(int referral, int podcast, int instagram, int newsletter) {
        int[] weights = {referral, podcast, instagram, newsletter};
        int draw = random.nextInt(referral + podcast + instagram + newsletter);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return CHANNELS[i];
            }
        }
        throw new IllegalStateException("weights must be positive");
    }

    /** An instant on {@code day} between 07:00 and 23:00 local time: when customers buy online. */
    Instant anyTimeOn(LocalDate day) {
        return day.atTime(7, 0).plusMinutes(random.nextInt(16 * 60)).atZone(timeline.zone()).toInstant();
    }
}
