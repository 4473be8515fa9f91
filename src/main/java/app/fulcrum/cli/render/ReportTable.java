package app.fulcrum.cli.render;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.report.BusinessFigures;
import app.fulcrum.domain.report.Exact;
import app.fulcrum.domain.report.LeverageReport;
import app.fulcrum.domain.report.Measure;
import app.fulcrum.domain.report.StreamFigures;
import app.fulcrum.domain.report.StreamReport;
import app.fulcrum.domain.StreamKind;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report as text for an 80-column terminal: a heading, one line per stream (label, net revenue, owner
 * hours, rate, leverage), then a block per stream (the label's reason, every figure, why any is undefined,
 * one line per bucket) and the same for the whole business, then warnings.
 */
public final class ReportTable {
    private static final String SUMMARY = "%-17s %-11s %-10s %12s %8s %8s %6s";
    private static final String BUCKET = "  %-9s%14s%14s%9s%10s%8s  %s";

    private ReportTable() {
    }

    public static String render(LeverageReport r) {
        StringBuilder out = new StringBuilder();
        out.append("Leverage report: ").append(r.workspace()).append(", ").append(r.period().from()).append(" to ")
                .append(r.period().to()).append(", by ").append(r.by().label()).append(", in ")
                .append(r.currency().getCurrencyCode()).append('\n');
        Measure<BigDecimal> baseline = r.baseline().rate();
        TextGrid.wrapped(out, baseline.isKnown()
                ? "Baseline rate " + Exact.shownPerHour(baseline.value(), r.currency()) + " (" + r.baseline().basis() + ")."
                : "Baseline rate unknown: " + baseline.reason() + ".", "", "  ");
        out.append('\n').append(String.format(Locale.ROOT, SUMMARY, "Stream", "Kind", "Label", "Net revenue", "Owner h",
                "Rate/h", "Lever.")).append('\n');
        for (StreamReport s : r.streams()) {
            StreamFigures t = s.total();
            out.append(String.format(Locale.ROOT, SUMMARY, TextGrid.fit(s.name(), 17), s.kind().label(),
                    t.label().label().label(), Shown.grouped(t.money().netRevenue()), Shown.grouped(t.time().ownerHours()),
                    Shown.grouped(t.rates().effectiveHourlyRate()), Shown.grouped(t.rates().leverage()))).append('\n');
        }
        BusinessFigures b = r.business();
        out.append(String.format(Locale.ROOT, SUMMARY, "Business", "", "", Shown.grouped(b.streams().netRevenue()),
                Shown.grouped(b.ownerHours()), Shown.grouped(b.rates().effectiveHourlyRate()),
                Shown.grouped(b.rates().leverage()))).append('\n');
        r.streams().forEach(s -> stream(out, s));
        business(out, r);
        if (!r.warnings().isEmpty()) {
            out.append("\nWarnings\n");
            r.warnings().forEach(w -> TextGrid.wrapped(out, w, "  ! ", "    "));
        }
        return out.toString();
    }

    private static void stream(StringBuilder out, StreamReport s) {
        StreamFigures f = s.total();
        out.append('\n').append(s.name()).append(" (").append(s.kind().label()).append(", rung ").append(s.kind().rung())
                .append("): ").append(f.label().label().label()).append('\n');
        TextGrid.wrapped(out, f.label().reason(), "  ", "  ");
        TextGrid grid = new TextGrid(out);
        var m = f.money();
        grid.cell("Gross", Shown.grouped(m.gross())).cell("Refunds", Shown.grouped(m.refunds()))
                .cell("Fees", Shown.grouped(m.fees())).cell("Net revenue", Shown.grouped(m.netRevenue()))
                .cell("Direct costs", Shown.grouped(m.directCosts())).cell("Contribution", Shown.grouped(m.contribution()))
                .cell("Overhead sh.", Shown.grouped(m.allocatedOverhead()))
                .cell("Owner hours", Shown.grouped(f.time().ownerHours()))
                .cell("Helper hours", Shown.grouped(f.time().helperHours()));
        rates(grid, f.rates());
        String unit = s.kind() == StreamKind.MEMBERSHIP ? "member" : "sale";
        measure(grid, "Fixed h/mo", f.fit().fixedHoursPerMonth());
        measure(grid, "Hours/" + unit, f.fit().hoursPerUnit());
        measure(grid, "Fit r²", f.fit().fitR2());
        payback(grid, f.payback());
        kindSpecific(grid, f);
        grid.flush();
        activities(out, f.time().ownerHoursByActivity());
        buckets(out, s);
    }

    private static void kindSpecific(TextGrid grid, StreamFigures f) {
        if (f.membership() != null) {
            var ms = f.membership();
            grid.cell("MRR", Shown.grouped(ms.mrr())).cell("Members", Integer.toString(ms.activeMembers()));
            grid.cell("Churn", Shown.percent(ms.churnRate()), ms.churnRate().reason());
            grid.cell("LTV", ms.ltv().map(Shown::grouped).orElse(""), ms.ltv().reason());
        }
        if (f.utilization() != null) {
            grid.cell("Utilization", Shown.percent(f.utilization()), f.utilization().reason());
        }
    }

    private static void buckets(StringBuilder out, StreamReport s) {
        if (s.buckets().size() <= 1) {
            return;
        }
        out.append(String.format(Locale.ROOT, BUCKET, "Period", "Net revenue", "Contribution", "Owner h", "Rate/h",
                "Lever.", "Label")).append('\n');
        for (StreamFigures bucket : s.buckets()) {
            out.append(String.format(Locale.ROOT, BUCKET, bucket.period().name(), Shown.grouped(bucket.money().netRevenue()),
                    Shown.grouped(bucket.money().contribution()), Shown.grouped(bucket.time().ownerHours()),
                    Shown.grouped(bucket.rates().effectiveHourlyRate()), Shown.grouped(bucket.rates().leverage()),
                    bucket.label().label().label())).append('\n');
        }
    }

    private static void payback(TextGrid grid, StreamFigures.PaybackFigures p) {
        if (p.paybackMonth().isKnown()) {
            grid.cell("Payback", p.paybackMonth().value().toString());
        } else if (p.paybackShortfall().isKnown()) {
            grid.cell("Payback", "not yet").cell("Shortfall", Shown.grouped(p.paybackShortfall().value()));
        } else {
            grid.cell("Payback", "", p.paybackMonth().reason());
        }
    }

    private static void business(StringBuilder out, LeverageReport r) {
        BusinessFigures b = r.business();
        out.append("\nBusiness (every stream and the overhead)\n");
        TextGrid grid = new TextGrid(out);
        grid.cell("Net revenue", Shown.grouped(b.streams().netRevenue()))
                .cell("Contribution", Shown.grouped(b.streams().contribution()))
                .cell("Shared exp.", Shown.grouped(b.sharedExpenses()))
                .cell("Helper ovh.", Shown.grouped(b.overheadHelperCost())).cell("Overhead", Shown.grouped(b.overhead()))
                .cell("Net income", Shown.grouped(b.netIncome())).cell("Owner hours", Shown.grouped(b.ownerHours()))
                .cell("Overhead h", Shown.grouped(b.overheadOwnerHours())).cell("Helper hours", Shown.grouped(b.helperHours()));
        rates(grid, b.rates());
        grid.flush();
        activities(out, b.ownerHoursByActivity());
        if (r.businessBuckets().size() > 1) {
            out.append(String.format(Locale.ROOT, BUCKET, "Period", "Net revenue", "Net income", "Owner h", "Rate/h",
                    "Lever.", ""));
            trimEnd(out);
            for (BusinessFigures bucket : r.businessBuckets()) {
                out.append(String.format(Locale.ROOT, BUCKET, bucket.period().name(), Shown.grouped(bucket.streams().netRevenue()),
                        Shown.grouped(bucket.netIncome()), Shown.grouped(bucket.ownerHours()),
                        Shown.grouped(bucket.rates().effectiveHourlyRate()), Shown.grouped(bucket.rates().leverage()), ""));
                trimEnd(out);
            }
        }
    }

    private static void trimEnd(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        out.append('\n');
    }

    private static void rates(TextGrid grid, StreamFigures.RateFigures rates) {
        measure(grid, "Hourly rate", rates.effectiveHourlyRate());
        measure(grid, "Baseline", rates.baselineRate());
        measure(grid, "Leverage", rates.leverage());
        measure(grid, "Hours/1,000", rates.hoursPer1000());
    }

    private static void measure(TextGrid grid, String label, Measure<BigDecimal> m) {
        grid.cell(label, Shown.grouped(m), m.reason());
    }

    private static void activities(StringBuilder out, Map<Activity, BigDecimal> hours) {
        String listed = hours.entrySet().stream().filter(e -> e.getValue().signum() != 0)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().label() + " " + Shown.grouped(e.getValue())).collect(Collectors.joining(", "));
        if (!listed.isEmpty()) {
            TextGrid.wrapped(out, "Owner hours by activity: " + listed, "  ", "    ");
        }
    }
}
