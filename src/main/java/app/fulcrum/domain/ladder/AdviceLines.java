package app.fulcrum.domain.ladder;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.ReportFacts.CustomerFact;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.report.Exact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Advice that applies at every rung (SPEC): raise the one-on-one rate by {@code ladder.advice.rate_raise}
 * (10%) when utilization averaged at least {@code ladder.advice.utilization} (80%) over the last 3 months;
 * and name the acquisition channel that brought the most paying customers in the last 12 months (a
 * customer's channel is the one on their earliest sale in that window that names one).
 */
final class AdviceLines {
    private AdviceLines() {
    }

    static List<Advice> of(LadderFacts f, List<MonthUtilization> utilization) {
        List<Advice> lines = new ArrayList<>();
        raiseRate(f, utilization).ifPresent(lines::add);
        channel(f).ifPresent(lines::add);
        return lines;
    }

    private static java.util.Optional<Advice> raiseRate(LadderFacts f, List<MonthUtilization> byMonth) {
        List<BigDecimal> last3 = byMonth.subList(Math.max(0, byMonth.size() - 3), byMonth.size()).stream()
                .map(MonthUtilization::utilization).filter(Objects::nonNull).toList();
        if (last3.isEmpty()) {
            return java.util.Optional.empty();
        }
        BigDecimal average = last3.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(last3.size()), 4, RoundingMode.HALF_EVEN);
        BigDecimal raise = f.thresholds.adviceRaise().value();
        if (average.compareTo(f.thresholds.adviceUtilization().value()) < 0) {
            return java.util.Optional.empty();
        }
        var ids = LadderFacts.ids(f.streams(s -> s.kind() == StreamKind.ONE_ON_ONE));
        long count = f.salesCount(ids, f.monthsBack(3), f.today);
        String prices = "";
        if (count > 0) {
            Money now = Money.rounded(BigDecimal.valueOf(f.grossMinor(ids, f.monthsBack(3), f.today))
                    .divide(BigDecimal.valueOf(count), 10, RoundingMode.HALF_EVEN)
                    .movePointLeft(Math.max(0, f.currency().getDefaultFractionDigits())), f.currency());
            prices = " (average sale " + Exact.shown(now) + " → " + Exact.shown(now.times(BigDecimal.ONE.add(raise))) + ")";
        }
        return java.util.Optional.of(new Advice("raise_rate", "One-on-one utilization averaged "
                + GroupChecks.percent(average) + " over the last 3 months: raise your rate " + GroupChecks.percent(raise)
                + prices + "; a full calendar is the cheapest leverage there is."));
    }

    private static java.util.Optional<Advice> channel(LadderFacts f) {
        LocalDate from = f.monthsBack(12);
        Map<String, CustomerFact> firstByCustomer = new HashMap<>();
        f.facts.customers().stream()
                .filter(c -> c.channel() != null && c.netMinor() > 0 && !c.month().isBefore(from.withDayOfMonth(1))
                        && !c.month().isAfter(f.today))
                .sorted(Comparator.comparing(CustomerFact::month))
                .forEach(c -> firstByCustomer.putIfAbsent(c.customer(), c));
        if (firstByCustomer.isEmpty()) {
            return java.util.Optional.empty();
        }
        Map<String, Integer> byChannel = new TreeMap<>();
        firstByCustomer.values().forEach(c -> byChannel.merge(c.channel(), 1, Integer::sum));
        var best = byChannel.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        long promotionSeconds = f.facts.time().stream().filter(t -> t.activity() == Activity.PROMOTION
                && !t.day().isBefore(from) && !t.day().isAfter(f.today)).mapToLong(t -> t.seconds()).sum();
        return java.util.Optional.of(new Advice("channel", "'" + best.getKey() + "' brought the most paying customers in"
                + " the last 12 months (" + best.getValue() + " of " + firstByCustomer.size() + "): put your promotion"
                + " time there. Your " + promotionSeconds / 3600 + " promotion hours carry no channel, so Fulcrum cannot"
                + " yet say what share went elsewhere."));
    }
}
