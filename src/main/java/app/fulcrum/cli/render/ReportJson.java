package app.fulcrum.cli.render;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.report.BusinessFigures;
import app.fulcrum.domain.report.LeverageReport;
import app.fulcrum.domain.report.Measure;
import app.fulcrum.domain.report.StreamFigures;
import app.fulcrum.domain.report.StreamReport;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

/**
 * The report as JSON with SPEC's field names (snake_case). Money is a decimal string in the base currency
 * ("1234.50"); hours, rates and ratios are numbers; an undefined figure is {@code null} and is followed by
 * {@code <name>_reason}, a sentence saying why (the reason field appears only when the value is null).
 * {@code label_window} gives the days a label judged: {@code rule} {@code trailing_90_days} (the whole period,
 * and buckets shorter than 90 days, such as months) or {@code bucket} (a quarter or a year: the bucket itself).
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private ReportJson() {
    }

    public static String render(LeverageReport report) {
        try {
            var printer = new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
            printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
            return MAPPER.writer(printer).writeValueAsString(tree(report)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report tree always serializes", e);
        }
    }

    /** The JSON tree, for callers (the web API) that embed it in a larger document. */
    public static ObjectNode tree(LeverageReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("workspace", report.workspace());
        root.put("currency", report.currency().getCurrencyCode());
        root.put("from", report.period().from().toString());
        root.put("to", report.period().to().toString());
        root.put("by", report.by().label());
        measure(root, "baseline_rate", report.baseline().rate(), Shown::two);
        root.put("baseline_basis", report.baseline().basis());
        ArrayNode warnings = root.putArray("warnings");
        report.warnings().forEach(warnings::add);
        ArrayNode streams = root.putArray("streams");
        for (StreamReport s : report.streams()) {
            ObjectNode node = streams.addObject();
            node.put("id", s.id());
            node.put("name", s.name());
            node.put("kind", s.kind().label());
            node.put("rung", s.kind().rung());
            node.put("status", s.status().label());
            stream(node.putObject("total"), s.total());
            ArrayNode buckets = node.putArray("buckets");
            s.buckets().forEach(b -> stream(buckets.addObject(), b));
        }
        ObjectNode business = root.putObject("business");
        business(business.putObject("total"), report.business());
        ArrayNode buckets = business.putArray("buckets");
        report.businessBuckets().forEach(b -> business(buckets.addObject(), b));
        return root;
    }

    private static void stream(ObjectNode n, StreamFigures f) {
        period(n, f.period());
        n.put("label", f.label().label().label());
        n.put("label_reason", f.label().reason());
        ObjectNode window = n.putObject("label_window");
        window.put("rule", f.label().window().rule().label());
        window.put("from", f.label().window().from().toString());
        window.put("to", f.label().window().to().toString());
        var m = f.money();
        revenueAndCosts(n, m);
        n.put("allocated_overhead", Shown.plain(m.allocatedOverhead()));
        n.put("sales_count", m.salesCount());
        n.put("refunds_count", m.refundsCount());
        hours(n, f.time().ownerHours(), f.time().helperHours(), f.time().ownerHoursByActivity());
        rates(n, f.rates());
        measure(n, "fixed_hours_per_month", f.fit().fixedHoursPerMonth(), Shown::two);
        measure(n, "hours_per_unit", f.fit().hoursPerUnit(), Shown::two);
        measure(n, "fit_r2", f.fit().fitR2(), Shown::four);
        text(n, "payback_month", f.payback().paybackMonth().map(Object::toString));
        text(n, "payback_shortfall", f.payback().paybackShortfall().map(Shown::plain));
        kindSpecific(n, f);
    }

    /** The money a stream and the whole business share, in the same order in both. */
    private static void revenueAndCosts(ObjectNode n, StreamFigures.MoneyFigures m) {
        n.put("gross", Shown.plain(m.gross()));
        n.put("refunds", Shown.plain(m.refunds()));
        n.put("fees", Shown.plain(m.fees()));
        n.put("net_revenue", Shown.plain(m.netRevenue()));
        n.put("direct_costs", Shown.plain(m.directCosts()));
        n.put("contribution", Shown.plain(m.contribution()));
    }

    private static void kindSpecific(ObjectNode n, StreamFigures f) {
        if (f.membership() != null) {
            var ms = f.membership();
            n.put("mrr", Shown.plain(ms.mrr()));
            n.put("active_members", ms.activeMembers());
            measure(n, "churn_rate", ms.churnRate(), Shown::four);
            text(n, "arpu", ms.arpu().map(Shown::plain));
            text(n, "ltv", ms.ltv().map(Shown::plain));
        }
        if (f.utilization() != null) {
            measure(n, "utilization", f.utilization(), Shown::four);
        }
    }

    private static void business(ObjectNode n, BusinessFigures b) {
        period(n, b.period());
        var m = b.streams();
        revenueAndCosts(n, m);
        n.put("shared_expenses", Shown.plain(b.sharedExpenses()));
        n.put("overhead_helper_cost", Shown.plain(b.overheadHelperCost()));
        n.put("overhead", Shown.plain(b.overhead()));
        n.put("net_income", Shown.plain(b.netIncome()));
        n.put("sales_count", m.salesCount());
        n.put("refunds_count", m.refundsCount());
        hours(n, b.ownerHours(), b.helperHours(), b.ownerHoursByActivity());
        n.put("overhead_owner_hours", Shown.two(b.overheadOwnerHours()));
        rates(n, b.rates());
    }

    private static void period(ObjectNode n, app.fulcrum.domain.report.Period p) {
        n.put("period", p.name());
        n.put("from", p.from().toString());
        n.put("to", p.to().toString());
    }

    private static void hours(ObjectNode n, BigDecimal owner, BigDecimal helper, Map<Activity, BigDecimal> byActivity) {
        n.put("owner_hours", Shown.two(owner));
        n.put("helper_hours", Shown.two(helper));
        ObjectNode activities = n.putObject("owner_hours_by_activity");
        for (Activity a : Activity.values()) {
            activities.put(a.label(), Shown.two(byActivity.getOrDefault(a, BigDecimal.ZERO)));
        }
    }

    private static void rates(ObjectNode n, StreamFigures.RateFigures r) {
        measure(n, "effective_hourly_rate", r.effectiveHourlyRate(), Shown::two);
        measure(n, "baseline_rate", r.baselineRate(), Shown::two);
        measure(n, "leverage", r.leverage(), Shown::four);
        measure(n, "hours_per_1000", r.hoursPer1000(), Shown::two);
    }

    private static void measure(ObjectNode n, String name, Measure<BigDecimal> m, Function<BigDecimal, BigDecimal> shown) {
        if (m.isKnown()) {
            n.put(name, shown.apply(m.value()));
        } else {
            n.putNull(name);
            n.put(name + "_reason", m.reason());
        }
    }

    private static void text(ObjectNode n, String name, Measure<String> m) {
        if (m.isKnown()) {
            n.put(name, m.value());
        } else {
            n.putNull(name);
            n.put(name + "_reason", m.reason());
        }
    }
}
