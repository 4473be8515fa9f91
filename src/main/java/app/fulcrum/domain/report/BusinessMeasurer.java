package app.fulcrum.domain.report;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.report.DayLedger.Field;
import app.fulcrum.domain.report.StreamFigures.MoneyFigures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adds up every stream and the overhead ledger into {@link BusinessFigures}, and shares the overhead out. */
final class BusinessMeasurer {
    private final FactIndex index;
    private final List<Stream> streams;
    private final Currency currency;

    BusinessMeasurer(FactIndex index, List<Stream> streams, Currency currency) {
        this.index = index;
        this.streams = streams;
        this.currency = currency;
    }

    BusinessFigures measure(Period p, Baseline baseline) {
        Money zero = Money.zero(currency);
        Money gross = zero, refunds = zero, fees = zero, direct = zero;
        int sales = 0, refundCount = 0;
        long ownerSeconds = 0, helperSeconds = 0;
        Map<Activity, Long> byActivity = new EnumMap<>(Activity.class);
        for (Stream s : streams) {
            MoneyFigures m = StreamMeasurer.money(index.stream(s.id()), p.from(), p.to(), currency);
            gross = gross.plus(m.gross());
            refunds = refunds.plus(m.refunds());
            fees = fees.plus(m.fees());
            direct = direct.plus(m.directCosts());
            sales += m.salesCount();
            refundCount += m.refundsCount();
        }
        for (DayLedger l : ledgers()) {
            ownerSeconds += l.sum(Field.OWNER_SECONDS, p.from(), p.to());
            helperSeconds += l.sum(Field.HELPER_SECONDS, p.from(), p.to());
            for (Activity a : Activity.values()) {
                byActivity.merge(a, l.sum(Field.ownerActivity(a), p.from(), p.to()), Long::sum);
            }
        }
        Money net = gross.minus(refunds).minus(fees);
        Money overhead = overhead(p);
        Money shared = new Money(index.overhead().sum(Field.EXPENSES, p.from(), p.to()), currency);
        MoneyFigures money = new MoneyFigures(gross, refunds, fees, net, direct, net.minus(direct), overhead, sales, refundCount);
        Money netIncome = money.contribution().minus(overhead);
        Map<Activity, BigDecimal> hoursByActivity = new EnumMap<>(Activity.class);
        byActivity.forEach((a, s) -> hoursByActivity.put(a, Exact.hours(s)));
        return new BusinessFigures(p, money, shared, overhead.minus(shared), overhead, netIncome, Exact.hours(ownerSeconds),
                Exact.hours(index.overhead().sum(Field.OWNER_SECONDS, p.from(), p.to())), Exact.hours(helperSeconds),
                hoursByActivity, StreamMeasurer.rates(netIncome, net, ownerSeconds, baseline, "the business"));
    }

    /** Shared expenses + helper cost on no stream within the period. */
    Money overhead(Period p) {
        DayLedger o = index.overhead();
        return new Money(StreamMeasurer.directCostsMinor(o, p.from(), p.to()), currency);
    }

    /** Each stream's share of the period's overhead, pro rata to net revenue. */
    Map<Long, Money> allocation(Period p) {
        Map<Long, Money> net = new LinkedHashMap<>();
        for (Stream s : streams) {
            net.put(s.id(), StreamMeasurer.money(index.stream(s.id()), p.from(), p.to(), currency).netRevenue());
        }
        return OverheadAllocation.of(overhead(p), net);
    }

    /** Every stream's ledger and the overhead ledger: all the hours of the business. */
    private List<DayLedger> ledgers() {
        List<DayLedger> result = new ArrayList<>(streams.stream().map(s -> index.stream(s.id())).toList());
        result.add(index.overhead());
        return result;
    }
}
