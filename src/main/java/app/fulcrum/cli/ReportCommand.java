package app.fulcrum.cli;

import app.fulcrum.cli.render.ReportCsv;
import app.fulcrum.cli.render.ReportJson;
import app.fulcrum.cli.render.ReportTable;
import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.report.Granularity;
import app.fulcrum.domain.report.LeverageReport;
import app.fulcrum.domain.report.LeverageReports;
import app.fulcrum.domain.report.ReportRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"The leverage report: per stream and for the whole business, net revenue, costs,",
                "owner and helper hours, what an owner hour earns, leverage against the one-on-one baseline,",
                "fixed vs per-sale time, payback of creation hours, and a label with its reason."})
final class ReportCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (default: the start of the first data).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (default: today).")
    LocalDate to;

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "month",
            description = "month, quarter or year (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--stream", paramLabel = "STREAM", description = "Only this stream (business totals still cover all).")
    String stream;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    ReportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ReportRequest request = new ReportRequest(from, to, Granularity.parse(by), stream);
        LeverageReport report = context.inWorkspace(store -> {
            LocalDate today = context.today(store.workspace().zone());
            // All history, not just [from, to]: the baseline, labels and payback look back before --from.
            return LeverageReports.compute(store.facts(null, to == null ? today : to), request, today);
        });
        context.out().print(render(report, format));
        return 0;
    }

    static String render(LeverageReport report, String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "table" -> ReportTable.render(report);
            case "json" -> ReportJson.render(report) + "\n";
            case "csv" -> ReportCsv.render(report);
            default -> throw new FulcrumException("unknown format '" + format + "': expected table, json or csv");
        };
    }
}
