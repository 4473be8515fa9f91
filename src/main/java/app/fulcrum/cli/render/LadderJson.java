package app.fulcrum.cli.render;

import app.fulcrum.domain.ladder.Check;
import app.fulcrum.domain.ladder.LadderAssessment;
import app.fulcrum.domain.ladder.Threshold;
import app.fulcrum.domain.report.Measure;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** The ladder assessment as JSON: every figure the web's ladder page draws; amounts as decimal strings. */
public final class LadderJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LadderJson() {
    }

    public static String of(LadderAssessment a) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("as_of", a.asOf().toString()).put("current_rung", a.currentRung())
                .put("current_rung_name", LadderAssessment.rungName(a.currentRung())).put("evidence_months", a.evidenceMonths());
        a.evidence().forEach(e -> root.withArray("evidence").addObject().put("stream", e.stream())
                .put("kind", e.kind().label()).put("rung", e.rung()).put("net_revenue", e.netRevenue().toPlainString()));
        if (a.baseline().rate().isKnown()) {
            root.put("baseline_rate", a.baseline().rate().value().setScale(2, java.math.RoundingMode.HALF_EVEN));
        } else {
            root.putNull("baseline_rate").put("baseline_rate_reason", a.baseline().rate().reason());
        }
        root.put("baseline_basis", a.baseline().basis());
        root.put("next_rung", a.nextRung());
        checks(root.putArray("next_checks"), a.nextChecks());
        root.put("next_readiness", a.nextReadiness().name().toLowerCase());
        checks(root.putArray("foundation_checks"), a.foundationChecks());
        root.put("foundation_readiness", a.foundationReadiness().name().toLowerCase());
        a.utilization().forEach(m -> root.withArray("utilization").addObject().put("month", m.month().toString())
                .put("delivery_hours", m.deliveryHours()).put("capacity_hours_per_week", m.capacityHoursPerWeek())
                .put("utilization", m.utilization()).put("reason", m.reason()));
        root.put("clients_served", a.clientsServed()).put("months_since_first_sale", a.monthsSinceFirstSale());
        a.cohorts().forEach(c -> root.withArray("cohorts").addObject().put("stream", c.stream())
                .put("first_sale", c.firstSale().toString()).put("last_sale", c.lastSale().toString())
                .put("sales", c.sales()).put("delivered", c.delivered()));
        a.memberships().forEach(m -> {
            ObjectNode node = root.withArray("memberships").addObject().put("stream", m.stream())
                    .put("mrr", m.trailing12().mrr().toPlainString()).put("active_members", m.trailing12().activeMembers());
            measure(node, "churn_rate", m.trailing12().churnRate().map(Object::toString));
            measure(node, "arpu", m.trailing12().arpu().map(x -> x.toPlainString()));
            measure(node, "ltv", m.trailing12().ltv().map(x -> x.toPlainString()));
            m.byMonth().forEach(x -> node.withArray("by_month").addObject().put("month", x.month().toString())
                    .put("mrr", x.mrr().toPlainString()).put("active_members", x.active()).put("joined", x.joined())
                    .put("churned", x.churned()));
        });
        a.advice().forEach(x -> root.withArray("advice").addObject().put("kind", x.kind()).put("text", x.text()));
        a.changedThresholds().forEach(t -> threshold(root.withArray("changed_thresholds").addObject(), t));
        return root.toPrettyString();
    }

    private static void checks(ArrayNode array, List<Check> checks) {
        for (Check c : checks) {
            ObjectNode n = array.addObject().put("id", c.id()).put("rung", c.rung()).put("status", c.status().label())
                    .put("measured", c.measured()).put("unit", c.unit()).put("source", c.source()).put("why", c.why())
                    .put("detail", c.detail()).put("advisory", c.advisory());
            threshold(n.putObject("threshold"), c.threshold());
        }
    }

    private static void threshold(ObjectNode n, Threshold t) {
        n.put("key", t.key()).put("value", t.value()).put("default", t.defaultValue())
                .put("differs_from_default", t.differsFromDefault());
    }

    private static void measure(ObjectNode n, String name, Measure<String> m) {
        if (m.isKnown()) {
            n.put(name, m.value());
        } else {
            n.putNull(name).put(name + "_reason", m.reason());
        }
    }
}
