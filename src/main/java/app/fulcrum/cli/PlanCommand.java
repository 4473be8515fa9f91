package app.fulcrum.cli;

import app.fulcrum.cli.render.PlanTable;
import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.ReportFacts;
import app.fulcrum.domain.planner.Baseline;
import app.fulcrum.domain.planner.PlanOptions;
import app.fulcrum.domain.planner.PlanResult;
import app.fulcrum.domain.planner.Planner;
import app.fulcrum.domain.planner.Scenario;
import app.fulcrum.domain.planner.WorkspaceBaseline;
import app.fulcrum.plan.PlanChart;
import app.fulcrum.plan.PlanCsv;
import app.fulcrum.plan.PlanJson;
import app.fulcrum.plan.ScenarioFile;
import app.fulcrum.plan.ScenarioSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code fulcrum plan SCENARIO}: simulate a scenario file against the status quo. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Simulate a planned change (raise a price, add or retire a stream) against carrying on as now.",
                "The table leads with the totals (P10/P50/P90 of net income and income per",
                "owner hour), the payback month and how often the scenario wins; then months",
                "1, 3, 6, 12, 18, 24, 36... (all with --every-month): net income P50 and",
                "P10-P90, owner hours and hourly rate P50. JSON and CSV have every month and",
                "every percentile. The same seed gives the same numbers.",
                "The scenario file format is described in docs/scenario.md."})
public final class PlanCommand implements Callable<Integer> {
    enum Format { table, json, csv }

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario file, YAML or JSON")
    Path scenarioFile;

    @Option(names = "--runs", paramLabel = "N", description = "simulated runs (default: the file's, else 10000)")
    Integer runs;

    @Option(names = "--months", paramLabel = "N", description = "months simulated (default: the file's, else 36)")
    Integer months;

    @Option(names = "--seed", paramLabel = "N", description = "random seed (default: the file's, else chosen and printed)")
    Long seed;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--every-month", description = "table: every month, not only 1, 3, 6, 12, 18, 24, every 12th"
            + " after and the last")
    boolean everyMonth;

    @Option(names = "--chart", paramLabel = "FILE.svg|png", description = "also draw the fan chart and payback distribution")
    Path chart;

    public PlanCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ScenarioSource source = ScenarioFile.read(scenarioFile);
        Scenario scenario = source.startsFromWorkspace() ? fromWorkspace(source) : source.toScenario();
        PlanOptions options = new PlanOptions(
                runs != null ? runs : source.runs().orElse(PlanOptions.DEFAULT_RUNS),
                months != null ? months : source.months().orElse(PlanOptions.DEFAULT_MONTHS),
                seed != null ? seed : source.seed().orElseGet(() -> context.clock().millis()));
        PlanResult result = Planner.plan(scenario, options);
        switch (format) {
            case json -> context.out().println(PlanJson.of(result));
            case csv -> PlanCsv.print(result, context.out());
            default -> context.out().print(PlanTable.render(result, everyMonth));
        }
        context.out().flush();
        if (chart != null) {
            PlanChart.write(result, chart);
            context.err().println("chart written to " + chart);
        }
        return 0;
    }

    private Scenario fromWorkspace(ScenarioSource source) {
        LocalDate today = context.today(context.workspace().zone());
        ReportFacts facts = context.inWorkspace(store -> store.facts(today.minusMonths(12).plusDays(1), today));
        Baseline baseline = WorkspaceBaseline.from(facts, today);
        if (baseline.streams().isEmpty()) {
            throw new FulcrumException(scenarioFile + ": start.from: workspace, but no stream had sales or hours in the"
                    + " last 12 months; record some or give the starting streams in the file (start.from: given)");
        }
        return source.toScenario(baseline);
    }
}
