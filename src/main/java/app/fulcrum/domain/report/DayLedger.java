package app.fulcrum.domain.report;

import app.fulcrum.domain.Activity;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Day-by-day totals of one stream (or of the business overhead) with prefix sums, so the sum of any field
 * over any date range costs two binary searches. Every report window — the period, each bucket, the
 * labels' 90 days, the baseline's 12 months, each month of a fit or a payback — reads from it.
 */
final class DayLedger {

    /** The summed fields. Owner time per activity sits at {@code OWNER_BY_ACTIVITY + activity.ordinal()}. */
    enum Field {
        GROSS, REFUNDS, FEES, SALES, REFUND_COUNT, RECURRING, EXPENSES, OWNER_SECONDS, HELPER_SECONDS,
        /** seconds × hourly cost rate in minor units, summed exactly; divide by 3600 once when shown. */
        HELPER_COST_X3600, DELIVERY_SECONDS, OWNER_BY_ACTIVITY;

        static final int COUNT = values().length - 1 + Activity.values().length;

        int index() {
            return ordinal();
        }

        static int ownerActivity(Activity activity) {
            return OWNER_BY_ACTIVITY.ordinal() + activity.ordinal();
        }
    }

    private final long[] days;
    private final long[][] prefix; // prefix[i][f] = sum of field f over days[0..i)

    private DayLedger(TreeMap<Long, long[]> byDay) {
        days = new long[byDay.size()];
        prefix = new long[byDay.size() + 1][Field.COUNT];
        int i = 0;
        for (Map.Entry<Long, long[]> e : byDay.entrySet()) {
            days[i] = e.getKey();
            for (int f = 0; f < Field.COUNT; f++) {
                prefix[i + 1][f] = Math.addExact(prefix[i][f], e.getValue()[f]);
            }
            i++;
        }
    }

    long sum(Field field, LocalDate from, LocalDate to) {
        return sum(field.index(), from, to);
    }

    long sum(int field, LocalDate from, LocalDate to) {
        int lo = firstAtOrAfter(from.toEpochDay());
        int hi = firstAtOrAfter(to.toEpochDay() + 1);
        return prefix[hi][field] - prefix[lo][field];
    }

    /** The first day with any entry, or null for an empty ledger. */
    LocalDate firstDay() {
        return days.length == 0 ? null : LocalDate.ofEpochDay(days[0]);
    }

    LocalDate lastDay() {
        return days.length == 0 ? null : LocalDate.ofEpochDay(days[days.length - 1]);
    }

    private int firstAtOrAfter(long day) {
        int lo = 0;
        int hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Collects values per day in any order, then freezes them into a ledger. */
    static final class Builder {
        private final TreeMap<Long, long[]> byDay = new TreeMap<>();

        Builder add(LocalDate day, int field, long amount) {
            long[] row = byDay.computeIfAbsent(day.toEpochDay(), d -> new long[Field.COUNT]);
            row[field] = Math.addExact(row[field], amount);
            return this;
        }

        Builder add(LocalDate day, Field field, long amount) {
            return add(day, field.index(), amount);
        }

        DayLedger build() {
            return new DayLedger(byDay);
        }
    }
}
