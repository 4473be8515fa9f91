package app.fulcrum.plan;

import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.planner.Baseline;
import app.fulcrum.domain.planner.Change;
import app.fulcrum.domain.planner.Scenario;
import app.fulcrum.domain.planner.StreamBaseline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A parsed scenario file, not yet tied to a starting point: with {@code start.from: workspace} the
 * caller supplies the workspace's baseline; with given streams the file is complete on its own.
 * Semantic errors name the file and the field path (lists counted from 1).
 */
public final class ScenarioSource {
    private final String fileName;
    private final ScenarioDocument doc;

    ScenarioSource(String fileName, ScenarioDocument doc) {
        this.fileName = fileName;
        this.doc = doc;
    }

    public boolean startsFromWorkspace() {
        String from = doc.start() == null || doc.start().from() == null ? "given" : doc.start().from().trim();
        if (!from.equalsIgnoreCase("workspace") && !from.equalsIgnoreCase("given")) {
            throw error("start.from", "expected 'workspace' or 'given', got '" + from + "'");
        }
        return from.equalsIgnoreCase("workspace");
    }

    public Optional<Integer> runs() {
        return Optional.ofNullable(doc.runs());
    }

    public Optional<Integer> months() {
        return Optional.ofNullable(doc.months());
    }

    public Optional<Long> seed() {
        return Optional.ofNullable(doc.seed());
    }

    /** The scenario on the streams the file gives. */
    public Scenario toScenario() {
        if (startsFromWorkspace()) {
            throw error("start.from", "this scenario starts from the workspace, so it needs a workspace's data");
        }
        return toScenario(givenBaseline());
    }

    /** The scenario on a starting point built elsewhere (the workspace's trailing 12 months). */
    public Scenario toScenario(Baseline baseline) {
        Currency currency = baseline.currency();
        if (doc.currency() != null && !Money.currency(doc.currency()).equals(currency)) {
            throw error("currency", "the file says " + doc.currency() + " but the starting point is in "
                    + currency.getCurrencyCode());
        }
        Fields f = new Fields(fileName, currency);
        List<Change> changes = new ArrayList<>();
        List<ScenarioDocument.ChangeEntry> entries = doc.changes() == null ? List.of() : doc.changes();
        for (int i = 0; i < entries.size(); i++) {
            changes.add(ChangeFields.change(f, "changes[" + (i + 1) + "]", entries.get(i)));
        }
        Double capacity = doc.ownerWeeklyCapacityHours() == null ? null : doc.ownerWeeklyCapacityHours().doubleValue();
        Money hourValue = f.optionalMoney("hour_value", doc.hourValue());
        return f.guard("changes", () -> new Scenario(doc.name(), baseline, changes, capacity, hourValue));
    }

    private Baseline givenBaseline() {
        if (doc.currency() == null) {
            throw error("currency", "a scenario with given figures needs a currency such as USD");
        }
        Currency currency = Money.currency(doc.currency());
        Fields f = new Fields(fileName, currency);
        ScenarioDocument.Start start = doc.start();
        if (start == null || start.streams() == null || start.streams().isEmpty()) {
            throw error("start.streams", "expected at least one stream, or start.from: workspace");
        }
        List<StreamBaseline> streams = new ArrayList<>();
        for (int i = 0; i < start.streams().size(); i++) {
            streams.add(given(f, "start.streams[" + (i + 1) + "]", start.streams().get(i)));
        }
        return f.guard("start", () -> new Baseline(currency, streams, f.optionalMoney("start.overhead_per_month",
                start.overheadPerMonth()), f.hours("start.overhead_owner_hours_per_month",
                start.overheadOwnerHoursPerMonth()), f.optionalMoney("start.baseline_rate", start.baselineRate())));
    }

    private static StreamBaseline given(Fields f, String at, ScenarioDocument.GivenStream s) {
        return f.guard(at, () -> new StreamBaseline(f.text(at + ".name", s.name()),
                StreamKind.parse(f.text(at + ".kind", s.kind())), f.money(at + ".net_per_unit", s.netPerUnit()),
                f.units(at + ".units_per_month", s.unitsPerMonth(), s.noise()),
                f.hours(at + ".owner_fixed_hours_per_month", s.ownerFixedHoursPerMonth()),
                f.hours(at + ".owner_hours_per_unit", s.ownerHoursPerUnit()),
                f.moneyOrZero(at + ".helper_cost_per_month", s.helperCostPerMonth()),
                f.moneyOrZero(at + ".expenses_per_month", s.expensesPerMonth()), f.share(at + ".churn", s.churn())));
    }

    private FulcrumException error(String field, String message) {
        return new FulcrumException(fileName + ": " + field + ": " + message);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
