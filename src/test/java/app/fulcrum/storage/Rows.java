package app.fulcrum.storage;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.AudienceSnapshot;
import app.fulcrum.domain.Expense;
import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Provenance;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.StreamStatus;
import app.fulcrum.domain.TimeEntry;
import app.fulcrum.domain.Workspace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;

/** Small named factories for the rows the storage tests write; amounts are USD cents. */
final class Rows {
    static final Currency USD = Currency.getInstance("USD");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private Rows() {
    }

    static Workspace coaching(String name) {
        return new Workspace(0, name, USD, NEW_YORK);
    }

    static Stream stream(String name, StreamKind kind) {
        return new Stream(0, name, kind, null, null, null, StreamStatus.ACTIVE);
    }

    static Money usd(long cents) {
        return new Money(cents, USD);
    }

    static Provenance toggl(String id, int line) {
        return Provenance.imported("toggl", "toggl.csv", line, id);
    }

    static Provenance stripe(String id, int line) {
        return Provenance.imported("stripe", "payments.csv", line, id);
    }

    static TimeEntry time(long personId, Long streamId, Activity activity, String startUtc, long minutes, Provenance p) {
        return new TimeEntry(0, personId, streamId, activity, Instant.parse(startUtc), minutes * 60, null, p);
    }

    static TimeEntry time(long personId, Long streamId, String startUtc, long minutes) {
        return time(personId, streamId, Activity.DELIVERY, startUtc, minutes, Provenance.MANUAL);
    }

    static Sale sale(long streamId, String atUtc, String customer, long grossCents, long feeCents, Provenance p) {
        return new Sale(0, streamId, Instant.parse(atUtc), customer, usd(grossCents), usd(feeCents), usd(grossCents),
                usd(feeCents), false, null, false, null, p);
    }

    static Sale sale(long streamId, String atUtc, long grossCents, long feeCents) {
        return sale(streamId, atUtc, null, grossCents, feeCents, Provenance.MANUAL);
    }

    static Sale refund(long streamId, String atUtc, String customer, Long refundOf, long grossCents, long feeCents) {
        return new Sale(0, streamId, Instant.parse(atUtc), customer, usd(grossCents), usd(feeCents), usd(grossCents),
                usd(feeCents), true, refundOf, false, null, Provenance.MANUAL);
    }

    static Sale withChannel(Sale s, String channel, boolean recurring) {
        return new Sale(s.id(), s.streamId(), s.at(), s.customer(), s.gross(), s.fee(), s.baseGross(), s.baseFee(),
                s.refund(), s.refundOf(), recurring, channel, s.provenance());
    }

    static Expense expense(Long streamId, ExpenseCategory category, String date, long cents) {
        return new Expense(0, streamId, category, usd(cents), usd(cents), LocalDate.parse(date), null, Provenance.MANUAL);
    }

    static AudienceSnapshot audience(String date, long listSize, Long buyers) {
        return new AudienceSnapshot(0, LocalDate.parse(date), listSize, buyers, Provenance.MANUAL);
    }

    static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }
}
