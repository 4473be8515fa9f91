package app.fulcrum.domain.report;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.report.Memberships.MembershipFigures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;

/**
 * Every SPEC metric of one stream over one period (the report's whole period or one bucket). Flow figures
 * (money, hours, rates, fit) cover the period; as-of figures (baseline, payback, label) look back from its
 * last day. {@code membership} is present for membership streams only, {@code utilization} for one-on-one.
 */
public record StreamFigures(Period period, MoneyFigures money, TimeFigures time, RateFigures rates, FitFigures fit,
                            PaybackFigures payback, StreamLabel label, MembershipFigures membership,
                            Measure<BigDecimal> utilization) {
    public StreamFigures {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(money, "money");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(payback, "payback");
        Objects.requireNonNull(label, "label");
    }

    /** SPEC: net revenue = gross − refunds − fees; contribution = net revenue − direct costs. */
    public record MoneyFigures(Money gross, Money refunds, Money fees, Money netRevenue, Money directCosts,
                               Money contribution, Money allocatedOverhead, int salesCount, int refundsCount) {
        public MoneyFigures {
            if (!netRevenue.equals(gross.minus(refunds).minus(fees))) {
                throw new IllegalArgumentException("net revenue must be gross − refunds − fees");
            }
            if (!contribution.equals(netRevenue.minus(directCosts))) {
                throw new IllegalArgumentException("contribution must be net revenue − direct costs");
            }
        }

        MoneyFigures withAllocatedOverhead(Money allocated) {
            return new MoneyFigures(gross, refunds, fees, netRevenue, directCosts, contribution, allocated, salesCount,
                    refundsCount);
        }
    }

    /** Hours with {@link Exact#SCALE} decimals; by activity lists every activity, zeros included, in enum order. */
    public record TimeFigures(BigDecimal ownerHours, BigDecimal helperHours, Map<Activity, BigDecimal> ownerHoursByActivity) {
        public TimeFigures {
            ownerHoursByActivity = Map.copyOf(ownerHoursByActivity);
        }
    }

    public record RateFigures(Measure<BigDecimal> effectiveHourlyRate, Measure<BigDecimal> baselineRate,
                              Measure<BigDecimal> leverage, Measure<BigDecimal> hoursPer1000) {
    }

    /** Owner hours a month (creation excluded) = fixed + per unit × units, fitted over the period's months. */
    public record FitFigures(Measure<BigDecimal> fixedHoursPerMonth, Measure<BigDecimal> hoursPerUnit,
                             Measure<BigDecimal> fitR2) {
        static FitFigures of(Measure<LinearFit.Line> line) {
            if (!line.isKnown()) {
                return new FitFigures(Measure.missing(line.reason()), Measure.missing(line.reason()),
                        Measure.missing(line.reason()));
            }
            return new FitFigures(Measure.of(line.value().intercept()), Measure.of(line.value().slope()), line.value().r2());
        }
    }

    /** {@code paybackShortfall} is zero once paid back. */
    public record PaybackFigures(Measure<YearMonth> paybackMonth, Measure<Money> paybackShortfall) {
    }
}
