package app.fulcrum.domain.planner;

import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.StreamKind;

import java.util.Objects;

/**
 * One existing stream as it ran over the trailing 12 months (or as the scenario file states it):
 * net revenue per unit (after fees and refunds), units per month (active members for a membership),
 * the owner's fixed hours per month and hours per unit, helper cost and expenses per month, and for a
 * membership its monthly churn. The planner continues it unchanged in the status quo.
 */
public record StreamBaseline(String name, StreamKind kind, Money netPerUnit, UnitsModel units,
                             double ownerFixedHoursPerMonth, double ownerHoursPerUnit, Money helperCostPerMonth,
                             Money expensesPerMonth, double churnRate) {
    public StreamBaseline {
        if (name == null || name.isBlank()) {
            throw new FulcrumException("a starting stream needs a name");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(netPerUnit, "netPerUnit");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(helperCostPerMonth, "helperCostPerMonth");
        Objects.requireNonNull(expensesPerMonth, "expensesPerMonth");
        if (ownerFixedHoursPerMonth < 0 || ownerHoursPerUnit < 0) {
            throw new FulcrumException("stream '" + name + "': owner hours cannot be negative");
        }
        if (churnRate < 0 || churnRate > 1) {
            throw new FulcrumException("stream '" + name + "': churn must be between 0 and 1, got " + churnRate);
        }
    }

    public boolean isMembership() {
        return kind == StreamKind.MEMBERSHIP;
    }
}
