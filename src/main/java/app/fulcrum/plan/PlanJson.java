package app.fulcrum.plan;

import app.fulcrum.domain.Money;
import app.fulcrum.domain.planner.PlanResult;
import app.fulcrum.domain.planner.PlanResult.ArmMonth;
import app.fulcrum.domain.planner.PlanResult.HoursBand;
import app.fulcrum.domain.planner.PlanResult.MoneyBand;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A plan as JSON, complete enough to draw the fan chart and the payback histogram: amounts are
 * decimal strings in the plan's currency ("1234.50"), hours decimal numbers, shares 0–1.
 */
public final class PlanJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanJson() {
    }

    public static String of(PlanResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scenario", r.scenario()).put("seed", r.seed()).put("runs", r.runs()).put("months", r.months());
        root.put("currency", r.hourValue().currency().getCurrencyCode());
        if (r.ownerWeeklyCapacityHours() == null) {
            root.putNull("owner_weekly_capacity_hours");
        } else {
            root.put("owner_weekly_capacity_hours", r.ownerWeeklyCapacityHours());
        }
        root.put("hour_value", r.hourValue().toPlainString());
        root.put("baseline_rate", r.baselineRate() == null ? null : r.baselineRate().toPlainString());
        ArrayNode months = root.putArray("by_month");
        for (var row : r.byMonth()) {
            ObjectNode m = months.addObject().put("month", row.month());
            arm(m.putObject("scenario"), row.scenario());
            arm(m.putObject("status_quo"), row.statusQuo());
        }
        totals(root.putObject("scenario_totals"), r.scenarioTotals());
        totals(root.putObject("status_quo_totals"), r.statusQuoTotals());
        ObjectNode p = root.putObject("payback");
        p.put("p10", r.payback().p10()).put("p50", r.payback().p50()).put("p90", r.payback().p90());
        p.put("probability_none", r.payback().probabilityNone()).put("runs_without", r.payback().runsWithout());
        r.payback().runsByMonth().forEach(p.putArray("runs_by_month")::add);
        root.put("probability_beats_on_income", r.probabilityBeatsOnIncome());
        root.put("probability_beats_on_income_per_hour", r.probabilityBeatsOnIncomePerHour());
        root.put("capacity_binds_scenario", r.capacityBindsScenario());
        root.put("capacity_binds_status_quo", r.capacityBindsStatusQuo());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static void arm(ObjectNode node, ArmMonth a) {
        band(node, "net_income", a.netIncome());
        hours(node.putObject("owner_hours"), a.ownerHours());
        band(node, "effective_hourly_rate", a.rate());
        node.put("rate_runs", a.rateRuns()).put("capacity_binds", a.capacityBinds());
    }

    private static void totals(ObjectNode node, PlanResult.Totals t) {
        band(node, "net_income", t.netIncome());
        hours(node.putObject("owner_hours"), t.ownerHours());
        band(node, "income_per_hour", t.incomePerHour());
    }

    private static void band(ObjectNode parent, String name, MoneyBand b) {
        if (b == null) {
            parent.putNull(name);
            return;
        }
        parent.putObject(name).put("p10", plain(b.p10())).put("p50", plain(b.p50())).put("p90", plain(b.p90()));
    }

    private static void hours(ObjectNode node, HoursBand b) {
        node.put("p10", b.p10()).put("p50", b.p50()).put("p90", b.p90());
    }

    private static String plain(Money m) {
        return m.toPlainString();
    }
}
