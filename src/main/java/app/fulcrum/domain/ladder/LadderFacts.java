package app.fulcrum.domain.ladder;

import app.fulcrum.domain.AudienceSnapshot;
import app.fulcrum.domain.ReportFacts;
import app.fulcrum.domain.ReportFacts.CustomerFact;
import app.fulcrum.domain.ReportFacts.SaleFact;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Read-only questions the ladder asks of the facts, all bounded by {@code today} (the period's end). */
final class LadderFacts {
    final ReportFacts facts;
    final LocalDate today;
    final LadderThresholds thresholds;

    LadderFacts(ReportFacts facts, LocalDate today) {
        this.facts = facts;
        this.today = today;
        this.thresholds = LadderThresholds.from(facts.settings());
    }

    Currency currency() {
        return facts.workspace().currency();
    }

    List<Stream> streams(Predicate<Stream> which) {
        return facts.streams().stream().filter(which).toList();
    }

    static Predicate<Stream> kinds(StreamKind... kinds) {
        Set<StreamKind> set = Set.of(kinds);
        return s -> set.contains(s.kind());
    }

    static Predicate<Stream> rungs(int... rungs) {
        return s -> java.util.Arrays.stream(rungs).anyMatch(r -> r == s.kind().rung());
    }

    static Set<Long> ids(List<Stream> streams) {
        return streams.stream().map(Stream::id).collect(Collectors.toSet());
    }

    /** Net revenue (gross − refunds − fees) of the streams over [from, to], minor units. */
    long netMinor(Set<Long> streamIds, LocalDate from, LocalDate to) {
        return sales(streamIds, from, to).mapToLong(f -> f.grossMinor() - f.refundsMinor() - f.feesMinor()).sum();
    }

    long salesCount(Set<Long> streamIds, LocalDate from, LocalDate to) {
        return sales(streamIds, from, to).mapToLong(SaleFact::salesCount).sum();
    }

    long grossMinor(Set<Long> streamIds, LocalDate from, LocalDate to) {
        return sales(streamIds, from, to).mapToLong(SaleFact::grossMinor).sum();
    }

    private java.util.stream.Stream<SaleFact> sales(Set<Long> streamIds, LocalDate from, LocalDate to) {
        return facts.sales().stream().filter(f -> streamIds.contains(f.streamId()) && !f.day().isBefore(from)
                && !f.day().isAfter(to));
    }

    Set<YearMonth> monthsWithSales(long streamId, LocalDate from, LocalDate to) {
        return sales(Set.of(streamId), from, to).filter(f -> f.salesCount() > 0)
                .map(f -> YearMonth.from(f.day())).collect(Collectors.toCollection(TreeSet::new));
    }

    Optional<LocalDate> firstSaleDay() {
        return facts.sales().stream().filter(f -> f.salesCount() > 0 && !f.day().isAfter(today))
                .map(SaleFact::day).min(Comparator.naturalOrder());
    }

    boolean hasAnySales() {
        return firstSaleDay().isPresent();
    }

    List<CustomerFact> customers(Set<Long> streamIds) {
        return facts.customers().stream().filter(c -> streamIds.contains(c.streamId()) && !c.month().isAfter(today))
                .toList();
    }

    boolean hasTime(LocalDate from, LocalDate to) {
        return facts.time().stream().anyMatch(t -> !t.day().isBefore(from) && !t.day().isAfter(to));
    }

    long deliverySeconds(Set<Long> streamIds, LocalDate from, LocalDate to) {
        return facts.time().stream().filter(t -> t.streamId() != null && streamIds.contains(t.streamId())
                        && !t.day().isBefore(from) && !t.day().isAfter(to))
                .mapToLong(ReportFacts.TimeFact::deliverySeconds).sum();
    }

    /** The latest audience snapshot on or before today. */
    Optional<AudienceSnapshot> latestAudience() {
        return facts.audience().stream().filter(a -> !a.date().isAfter(today))
                .max(Comparator.comparing(AudienceSnapshot::date));
    }

    /** First day of the trailing window of {@code months} months ending today. */
    LocalDate monthsBack(int months) {
        return today.minusMonths(months).plusDays(1);
    }
}
