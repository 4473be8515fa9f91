package app.fulcrum.plan;

import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.planner.Change;
import app.fulcrum.domain.planner.NewStream;

/** Turns one entry of the file's {@code changes} list into a domain {@link Change}. */
final class ChangeFields {
    private ChangeFields() {
    }

    static Change change(Fields f, String at, ScenarioDocument.ChangeEntry entry) {
        int set = (entry.raisePrice() == null ? 0 : 1) + (entry.addStream() == null ? 0 : 1)
                + (entry.retireStream() == null ? 0 : 1);
        if (set != 1) {
            throw f.error(at, "expected exactly one of raise_price, add_stream or retire_stream");
        }
        if (entry.raisePrice() != null) {
            var r = entry.raisePrice();
            String p = at + ".raise_price";
            if (r.percent() == null) {
                throw f.error(p + ".percent", "missing: expected a percentage such as 10");
            }
            return f.guard(p, () -> new Change.RaisePrice(f.text(p + ".stream", r.stream()), r.percent(),
                    f.hours(p + ".elasticity", r.elasticity()), f.month(p + ".from_month", r.fromMonth(), 1)));
        }
        if (entry.retireStream() != null) {
            var r = entry.retireStream();
            String p = at + ".retire_stream";
            return f.guard(p, () -> new Change.RetireStream(f.text(p + ".stream", r.stream()),
                    f.month(p + ".from_month", r.fromMonth(), 1)));
        }
        return new Change.AddStream(added(f, at + ".add_stream", entry.addStream()));
    }

    private static NewStream added(Fields f, String p, ScenarioDocument.AddStream a) {
        boolean creates = a.creationHours() != null && !a.creationHours().isNull();
        return f.guard(p, () -> new NewStream(f.text(p + ".name", a.name()), StreamKind.parse(f.text(p + ".kind", a.kind())),
                f.money(p + ".price", a.price()), ScenarioSource.zeroIfNull(a.feePercent()),
                f.estimate(p + ".creation_hours", a.creationHours(), false),
                f.month(p + ".start_month", a.startMonth(), 1),
                f.month(p + ".creation_months", a.creationMonths(), creates ? 1 : 0),
                f.units(p + ".units_per_month", a.unitsPerMonth(), a.noise()),
                f.month(p + ".ramp_up_months", a.rampUpMonths(), 0),
                f.hours(p + ".delivery_hours_per_unit", a.deliveryHoursPerUnit()),
                f.hours(p + ".fixed_hours_per_month", a.fixedHoursPerMonth()),
                f.moneyOrZero(p + ".ad_spend_per_month", a.adSpendPerMonth()),
                f.moneyOrZero(p + ".other_costs_per_month", a.otherCostsPerMonth()),
                f.share(p + ".churn", a.churn()), f.share(p + ".refund_rate", a.refundRate())));
    }
}
