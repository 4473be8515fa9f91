package app.fulcrum.storage;

import app.fulcrum.app.WorkspaceSnapshot;
import app.fulcrum.domain.AudienceSnapshot;
import app.fulcrum.domain.Expense;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.TimeEntry;

/**
 * A snapshot with each table's ids moved up by an offset, and every reference to them with it
 * (time → stream and person, sale → stream and refunded sale, expense → stream). All offsets 0 is
 * the snapshot itself.
 */
record SnapshotIds(long stream, long person, long time, long sale, long expense, long audience) {

    WorkspaceSnapshot apply(WorkspaceSnapshot s) {
        if (stream == 0 && person == 0 && time == 0 && sale == 0 && expense == 0 && audience == 0) {
            return s;
        }
        return new WorkspaceSnapshot(s.formatVersion(), s.workspace(), s.settings(),
                s.streams().stream().map(x -> x.withId(x.id() + stream)).toList(),
                s.people().stream().map(x -> x.withId(x.id() + person)).toList(),
                s.timeEntries().stream().map(this::time).toList(),
                s.sales().stream().map(this::sale).toList(),
                s.expenses().stream().map(this::expense).toList(),
                s.audience().stream().map(a -> new AudienceSnapshot(a.id() + audience, a.date(), a.listSize(), a.buyers(),
                        a.provenance())).toList(),
                s.fxRates());
    }

    private TimeEntry time(TimeEntry t) {
        return new TimeEntry(t.id() + time, t.personId() + person, t.streamId() == null ? null : t.streamId() + stream,
                t.activity(), t.start(), t.durationSeconds(), t.note(), t.provenance());
    }

    private Sale sale(Sale x) {
        return new Sale(x.id() + sale, x.streamId() + stream, x.at(), x.customer(), x.gross(), x.fee(), x.baseGross(),
                x.baseFee(), x.refund(), x.refundOf() == null ? null : x.refundOf() + sale, x.recurring(), x.channel(),
                x.provenance());
    }

    private Expense expense(Expense e) {
        return new Expense(e.id() + expense, e.streamId() == null ? null : e.streamId() + stream, e.category(),
                e.amount(), e.baseAmount(), e.date(), e.note(), e.provenance());
    }
}
