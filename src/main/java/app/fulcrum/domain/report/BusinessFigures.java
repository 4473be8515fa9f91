package app.fulcrum.domain.report;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.report.StreamFigures.MoneyFigures;
import app.fulcrum.domain.report.StreamFigures.RateFigures;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The whole business over one period: the streams' money added up (every stream, whatever the report's
 * stream filter), the overhead — shared expenses plus helper cost on no stream, and the owner's hours on no
 * stream — and net income = contribution − overhead. The business's effective hourly rate is net income per
 * owner hour, every owner hour counted (streams and overhead).
 */
public record BusinessFigures(Period period, MoneyFigures streams, Money sharedExpenses, Money overheadHelperCost,
                              Money overhead, Money netIncome, BigDecimal ownerHours, BigDecimal overheadOwnerHours,
                              BigDecimal helperHours, Map<Activity, BigDecimal> ownerHoursByActivity,
                              RateFigures rates) {
    public BusinessFigures {
        ownerHoursByActivity = Map.copyOf(ownerHoursByActivity);
        if (!overhead.equals(sharedExpenses.plus(overheadHelperCost))) {
            throw new IllegalArgumentException("overhead must be shared expenses + helper cost on no stream");
        }
        if (!netIncome.equals(streams.contribution().minus(overhead))) {
            throw new IllegalArgumentException("net income must be contribution − overhead");
        }
    }
}
