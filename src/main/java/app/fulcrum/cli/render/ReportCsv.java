package app.fulcrum.cli.render;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.report.LeverageReport;
import app.fulcrum.domain.report.Measure;
import app.fulcrum.domain.report.StreamFigures;
import app.fulcrum.domain.report.StreamReport;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The report as CSV: one row per stream × bucket, the header using the JSON names (SPEC's brackets). Money as
 * "1234.50", hours and rates as plain numbers; an undefined value is an empty cell (the JSON has the reason).
 * Membership and utilization columns are empty for streams of other kinds. RFC 4180 quoting by FastCSV.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static List<String> header() {
        List<String> h = new ArrayList<>(List.of("period", "from", "to", "stream_id", "stream", "kind", "label",
                "label_reason", "gross", "refunds", "fees", "net_revenue", "direct_costs", "contribution",
                "allocated_overhead", "sales_count", "refunds_count", "owner_hours", "helper_hours"));
        for (Activity a : Activity.values()) {
            h.add("owner_hours_" + a.label());
        }
        h.addAll(List.of("effective_hourly_rate", "baseline_rate", "leverage", "hours_per_1000",
                "fixed_hours_per_month", "hours_per_unit", "fit_r2", "payback_month", "payback_shortfall",
                "mrr", "active_members", "churn_rate", "ltv", "utilization"));
        return h;
    }

    public static String render(LeverageReport report) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
            csv.writeRecord(header());
            for (StreamReport s : report.streams()) {
                for (StreamFigures f : s.buckets()) {
                    csv.writeRecord(row(s, f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private static List<String> row(StreamReport s, StreamFigures f) {
        var m = f.money();
        List<String> r = new ArrayList<>(List.of(f.period().name(), f.period().from().toString(), f.period().to().toString(),
                Long.toString(s.id()), s.name(), s.kind().label(), f.label().label().label(), f.label().reason(),
                Shown.plain(m.gross()), Shown.plain(m.refunds()), Shown.plain(m.fees()), Shown.plain(m.netRevenue()),
                Shown.plain(m.directCosts()), Shown.plain(m.contribution()), Shown.plain(m.allocatedOverhead()),
                Integer.toString(m.salesCount()), Integer.toString(m.refundsCount()),
                text(Shown.two(f.time().ownerHours())), text(Shown.two(f.time().helperHours()))));
        for (Activity a : Activity.values()) {
            r.add(text(Shown.two(f.time().ownerHoursByActivity().getOrDefault(a, BigDecimal.ZERO))));
        }
        var rates = f.rates();
        r.addAll(List.of(cell(rates.effectiveHourlyRate(), Shown::two), cell(rates.baselineRate(), Shown::two),
                cell(rates.leverage(), Shown::four), cell(rates.hoursPer1000(), Shown::two),
                cell(f.fit().fixedHoursPerMonth(), Shown::two), cell(f.fit().hoursPerUnit(), Shown::two),
                cell(f.fit().fitR2(), Shown::four),
                f.payback().paybackMonth().map(Object::toString).orElse(""),
                f.payback().paybackShortfall().map(Shown::plain).orElse("")));
        var ms = f.membership();
        r.addAll(ms == null ? List.of("", "", "", "") : List.of(Shown.plain(ms.mrr()),
                Integer.toString(ms.activeMembers()), cell(ms.churnRate(), Shown::four),
                ms.ltv().map(Shown::plain).orElse("")));
        r.add(f.utilization() == null ? "" : cell(f.utilization(), Shown::four));
        return r;
    }

    private static String cell(Measure<BigDecimal> m, Function<BigDecimal, BigDecimal> shown) {
        return m.isKnown() ? shown.apply(m.value()).toPlainString() : "";
    }

    private static String text(BigDecimal value) {
        return value.toPlainString();
    }
}
