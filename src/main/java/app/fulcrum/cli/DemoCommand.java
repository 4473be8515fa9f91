package app.fulcrum.cli;

import app.fulcrum.app.Database;
import app.fulcrum.app.DemoBusiness;
import app.fulcrum.app.GeneratedBusiness;
import app.fulcrum.cli.render.ReportTable;
import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.ReportFacts;
import app.fulcrum.domain.report.Granularity;
import app.fulcrum.domain.report.LeverageReports;
import app.fulcrum.domain.report.ReportRequest;
import app.fulcrum.domain.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Create a demo business in a fresh database and print its leverage report.",
                "",
                "Scale 1 (the default) is three years of a coaching practice: one-on-one",
                "clients, a group program from year 2, a course built in year 3, an assistant.",
                "Scale N >= 2 is a generated benchmark workspace: N x 10,000 time entries and",
                "N x 2,000 sales over 20 streams and 5 years (--scale 100: 1.2 million rows).",
                "",
                "The database must not hold a workspace yet: give a new file with --db to",
                "keep your own data apart."})
final class DemoCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--today", paramLabel = "DATE", description = "The last day of the demo (default: today).")
    LocalDate today;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "1 = the story (default); N >= 2 = generated.")
    int scale;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "" + DemoBusiness.DEFAULT_SEED,
            description = "Random seed; the same seed and --today give the same rows (default: ${DEFAULT-VALUE}).")
    long seed;

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (scale < 1) {
            throw new ParameterException(spec.commandLine(), "--scale must be 1 or more, got " + scale);
        }
        Database database = context.database();
        database.workspaces().stream().findFirst().ifPresent(existing -> {
            throw new FulcrumException("the database " + context.location() + " already holds the workspace '"
                    + existing.name() + "'; the demo needs a fresh one, e.g. 'fulcrum demo --db demo.db'");
        });
        LocalDate lastDay = today != null ? today : context.today(DemoBusiness.ZONE);
        var random = new SplittableRandom(seed);
        if (scale == 1) {
            Workspace workspace = DemoBusiness.create(database, lastDay, random);
            context.out().printf("Created the demo business '%s' (three years to %s) in %s%n%n", workspace.name(),
                    lastDay, context.location());
            ReportFacts facts = database.inTransaction(workspace.id(), store -> store.facts(null, lastDay));
            context.out().print(ReportTable.render(LeverageReports.compute(facts, ReportRequest.all(Granularity.YEAR),
                    lastDay)));
            return 0;
        }
        long started = System.nanoTime();
        var counts = GeneratedBusiness.create(database, GeneratedBusiness.Size.ofScale(scale), lastDay, random);
        double seconds = (System.nanoTime() - started) / 1e9;
        context.out().printf(Locale.ROOT, "Generated '%s' in %s: %,d time entries, %,d sales, %,d expenses, "
                        + "%,d audience snapshots (%,d rows in %.1f s, %,.0f rows/s)%n", counts.workspace().name(), context.location(),
                counts.timeEntries(), counts.sales(), counts.expenses(), counts.audienceSnapshots(), counts.total(),
                seconds, counts.total() / seconds);
        context.out().println("Run 'fulcrum report --by month' on it to see the report.");
        return 0;
    }
}
