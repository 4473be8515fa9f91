package app.fulcrum.domain.report;

import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.ReportFacts;
import app.fulcrum.domain.Stream;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The entry point: {@link #compute} turns the facts, a request and today's date into a {@link LeverageReport}.
 * The period runs from {@code from} (default: the start of the month, quarter or year holding the first day
 * with any data, so every bucket is whole) to {@code to} (default: today).
 * The period and each bucket are measured the same way: flows within them, trailing windows (baseline 12
 * months, labels 90 days) ending on their last day — except that a bucket of 90 days or more (a quarter, a
 * year) is labelled over itself ({@link Labels}, {@link LabelWindow}). Membership churn is judged as of the later of today and
 * the period's end, so members who paid after a past period are not counted as gone.
 */
public final class LeverageReports {

    private LeverageReports() {
    }

    public static LeverageReport compute(ReportFacts facts, ReportRequest request, LocalDate today) {
        LocalDate to = request.to() != null ? request.to() : today;
        if (request.from() != null && request.from().isAfter(to)) {
            throw new FulcrumException("--from " + request.from() + " is after the report's end " + to
                    + ": expected a start on or before it");
        }
        FactIndex index = FactIndex.of(facts, YearMonth.from(to.isAfter(today) ? to : today));
        LocalDate from = request.from() != null ? request.from() : defaultStart(index, request.by(), to);
        Period period = new Period(from, to, from + ".." + to);
        var currency = facts.workspace().currency();
        StreamMeasurer streams = new StreamMeasurer(index, currency);
        BusinessMeasurer business = new BusinessMeasurer(index, facts.streams(), currency);
        List<Period> buckets = request.by().buckets(from, to);

        Map<Period, Context> contexts = new LinkedHashMap<>();
        for (Period p : concat(period, buckets)) {
            contexts.put(p, new Context(Baseline.at(p.to(), facts.settings(), facts.streams(), index, currency),
                    business.allocation(p), p == period ? LabelWindow.trailing(p.to()) : LabelWindow.of(p)));
        }
        List<StreamReport> reports = new ArrayList<>();
        for (Stream s : selected(facts.streams(), request.stream())) {
            reports.add(new StreamReport(s.id(), s.name(), s.kind(), s.status(), measure(streams, contexts, s, period),
                    buckets.stream().map(b -> measure(streams, contexts, s, b)).toList()));
        }
        Baseline baseline = contexts.get(period).baseline();
        return new LeverageReport(facts.workspace().name(), currency, period, request.by(), today, baseline, reports,
                business.measure(period, baseline),
                buckets.stream().map(b -> business.measure(b, contexts.get(b).baseline())).toList(),
                warnings(index, period));
    }

    /** The start of the bucket holding the first data, so buckets are whole; {@code to} when there is none before it. */
    private static LocalDate defaultStart(FactIndex index, Granularity by, LocalDate to) {
        LocalDate first = index.firstDay();
        return first == null || first.isAfter(to) ? to : by.start(first);
    }

    private static StreamFigures measure(StreamMeasurer streams, Map<Period, Context> contexts, Stream s, Period p) {
        Context c = contexts.get(p);
        return streams.measure(s, p, c.labels(), c.baseline(), c.allocation().get(s.id()));
    }

    private static List<Period> concat(Period period, List<Period> buckets) {
        List<Period> all = new ArrayList<>(buckets);
        all.add(0, period);
        return all;
    }

    /** What every stream of one period shares: the baseline at its end, the overhead shares, the label window. */
    private record Context(Baseline baseline, Map<Long, Money> allocation, LabelWindow labels) {
    }

    static List<Stream> selected(List<Stream> streams, String wanted) {
        if (wanted == null) {
            return streams;
        }
        String key = wanted.trim().toLowerCase(Locale.ROOT);
        List<Stream> match = streams.stream()
                .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(key) || Long.toString(s.id()).equals(key))
                .toList();
        if (match.isEmpty()) {
            throw new FulcrumException("no stream named '" + wanted + "': expected one of "
                    + streams.stream().map(Stream::name).collect(Collectors.joining(", ")));
        }
        return match.subList(0, 1);
    }

    private static List<String> warnings(FactIndex index, Period period) {
        List<String> warnings = new ArrayList<>();
        if (index.firstDay() == null) {
            warnings.add("There is no time, sale or expense yet, so every figure is zero or undefined.");
        }
        index.uncostedHelperSeconds(period.from(), period.to()).forEach((name, seconds) -> warnings.add(
                "Helper " + name + " logged " + Exact.shown(Exact.hours(seconds)) + " hours in the period but has no cost rate,"
                        + " so those hours add nothing to direct costs; set their hourly cost rate."));
        return warnings;
    }
}
