package app.fulcrum.domain.report;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.report.DayLedger.Field;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;

/**
 * Labels a stream over a window of days (SPEC "Labels"), checked in this order:
 * <ol>
 *   <li>{@code dormant}: net revenue in the window is zero or less.</li>
 *   <li>{@code passive}: the owner spent at most 1 hour a month in the window (a month = 30 days, so 3 hours
 *       in 90 days, about 12 in a year).</li>
 *   <li>{@code active}: the owner delivered live (any owner delivery time), or owner time per unit ≥ 0.25 h.</li>
 *   <li>{@code leveraged}: everything else.</li>
 * </ol>
 * Which window ({@link LabelWindow}, JSON {@code label_window}): a report's whole period is labelled over the
 * 90 days ending on its last day, as SPEC says — the stream as it stands at the end. A bucket is labelled the
 * same way when it is shorter than 90 days (a month: one month alone is too short to judge, and a program
 * that sells in bursts would flicker between dormant and active), but a bucket of 90 days or more (a quarter,
 * a year) is labelled over itself: a year with 37,276.80 of group revenue is not "dormant" because its last
 * cohort ended in September. A quarter of exactly 90 days is the same window either way.
 *
 * <p>Design note: "owner time grows with sales" is a slope, not an average — a course with 10 fixed hours of
 * promotion and 8 sales a month would average 1.25 h per sale yet need no extra time per sale. So the
 * hours per unit come from the least-squares fit over the trailing 12 months (creation excluded) when at
 * least 3 months exist; with fewer months, the window's average (owner hours without creation / units)
 * stands in. The 0.25 threshold and the 1 hour a month are SPEC's defaults.
 */
final class Labels {
    static final BigDecimal ACTIVE_HOURS_PER_UNIT = new BigDecimal("0.25");
    static final int DAYS = 90;
    private static final BigDecimal DAYS_PER_MONTH = BigDecimal.valueOf(30);

    private Labels() {
    }

    static StreamLabel of(DayLedger ledger, LabelWindow w, Measure<LinearFit.Line> trailingFit, String unit,
                          Currency currency) {
        LocalDate from = w.from();
        LocalDate end = w.to();
        String window = w.phrase();
        long net = ledger.sum(Field.GROSS, from, end) - ledger.sum(Field.REFUNDS, from, end) - ledger.sum(Field.FEES, from, end);
        if (net <= 0) {
            return new StreamLabel(Label.DORMANT, "No net revenue " + window + " (net revenue "
                    + Exact.shown(new Money(net, currency)) + ").", w);
        }
        long owner = ledger.sum(Field.OWNER_SECONDS, from, end);
        String money = "net revenue " + Exact.shown(new Money(net, currency));
        BigDecimal perMonth = Exact.hours(owner).multiply(DAYS_PER_MONTH)
                .divide(BigDecimal.valueOf(w.days()), Exact.SCALE, RoundingMode.HALF_EVEN);
        if (perMonth.compareTo(BigDecimal.ONE) <= 0) {
            return new StreamLabel(Label.PASSIVE, "The owner spent " + Exact.shown(Exact.hours(owner)) + " hours " + window
                    + " (" + Exact.shown(perMonth) + " a month, at most 1.00 is passive) for " + money + ".", w);
        }
        long delivery = ledger.sum(Field.ownerActivity(Activity.DELIVERY), from, end);
        if (delivery > 0) {
            return new StreamLabel(Label.ACTIVE, "The owner delivers it live: " + Exact.shown(Exact.hours(delivery))
                    + " delivery hours " + window + " for " + money + ".", w);
        }
        PerUnit perUnit = perUnit(ledger, from, end, trailingFit, unit);
        if (perUnit.hours() != null && perUnit.hours().compareTo(ACTIVE_HOURS_PER_UNIT) >= 0) {
            return new StreamLabel(Label.ACTIVE, "Owner time grows with sales: " + perUnit.text()
                + ", 0.25 or more is active; " + money + " " + window + ".", w);
        }
        return new StreamLabel(Label.LEVERAGED, "Revenue does not need the owner per " + unit + ": " + perUnit.text()
                + (perUnit.hours() == null ? "" : ", under 0.25") + "; the owner still spent " + Exact.shown(Exact.hours(owner)) + " hours " + window
                + " for " + money + ".", w);
    }

    private static PerUnit perUnit(DayLedger ledger, LocalDate from, LocalDate end, Measure<LinearFit.Line> fit,
                                   String unit) {
        if (fit.isKnown()) {
            BigDecimal slope = fit.value().slope();
            return new PerUnit(slope, Exact.shown(slope) + " owner hours per " + unit + " (fitted over "
                    + fit.value().points() + " months)");
        }
        long units = ledger.sum(Field.SALES, from, end);
        long hours = ledger.sum(Field.OWNER_SECONDS, from, end) - ledger.sum(Field.ownerActivity(Activity.CREATION), from, end);
        if (units == 0) {
            return new PerUnit(null, "no " + unit + "s counted to tie time to");
        }
        BigDecimal perUnit = Exact.ratio(Exact.hours(hours), BigDecimal.valueOf(units));
        return new PerUnit(perUnit, Exact.shown(perUnit) + " owner hours per " + unit + " ("
                + Exact.shown(Exact.hours(hours)) + " hours / " + units + " " + unit + (units == 1 ? "" : "s")
                + ", too few months to fit)");
    }

    private record PerUnit(BigDecimal hours, String text) {
    }
}
