package app.fulcrum.domain.planner;

import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.StreamKind;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A stream the scenario adds. Creation hours (drawn once per run) are spread evenly over
 * {@code creationMonths} months starting at {@code startMonth}; sales start the month after creation
 * ends and ramp up linearly over {@code rampUpMonths} (month k of selling reaches k / rampUpMonths of
 * the mean). Units are sales, or new members for a membership (members then leave at {@code churnRate}
 * a month). {@code feePercent} is the payment platform's cut; a refunded sale returns the whole price.
 */
public record NewStream(String name, StreamKind kind, Money price, BigDecimal feePercent, Distribution creationHours,
                        int startMonth, int creationMonths, UnitsModel units, int rampUpMonths,
                        double deliveryHoursPerUnit, double fixedHoursPerMonth, Money adSpendPerMonth,
                        Money otherCostsPerMonth, double churnRate, double refundRate) {
    public NewStream {
        if (name == null || name.isBlank()) {
            throw new FulcrumException("an added stream needs a name");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(units, "units");
        feePercent = feePercent == null ? BigDecimal.ZERO : feePercent;
        creationHours = creationHours == null ? Distribution.point(0) : creationHours;
        adSpendPerMonth = adSpendPerMonth == null ? Money.zero(price.currency()) : adSpendPerMonth;
        otherCostsPerMonth = otherCostsPerMonth == null ? Money.zero(price.currency()) : otherCostsPerMonth;
        if (startMonth < 1 || creationMonths < 0 || rampUpMonths < 0) {
            throw new FulcrumException("stream '" + name + "': start month must be ≥ 1, creation and ramp-up months ≥ 0");
        }
        if (creationMonths == 0 && creationHours.mean() > 0) {
            throw new FulcrumException("stream '" + name + "': creation hours need at least one creation month");
        }
        if (price.isNegative() || feePercent.signum() < 0 || feePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new FulcrumException("stream '" + name + "': price must be ≥ 0 and fee between 0 and 100 percent");
        }
        if (deliveryHoursPerUnit < 0 || fixedHoursPerMonth < 0) {
            throw new FulcrumException("stream '" + name + "': hours cannot be negative");
        }
        if (churnRate < 0 || churnRate > 1 || refundRate < 0 || refundRate > 1) {
            throw new FulcrumException("stream '" + name + "': churn and refund rate must be between 0 and 1");
        }
    }

    /** The first month with sales. */
    public int launchMonth() {
        return startMonth + creationMonths;
    }
}
