package app.fulcrum.cli;

import app.fulcrum.app.Database;
import app.fulcrum.app.DemoBusiness;
import app.fulcrum.app.GeneratedBusiness;
import app.fulcrum.cli.render.ReportTable;
import app.fulcrum.config.DatabaseLocation;
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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
                "Without --db or --db-url the demo gets its own file, demo.db beside the default",
                "database, made anew on every run; your own data is never touched. A database given",
                "with --db or --db-url must not hold a workspace yet."})
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

    /** Deletes a previous demo database (and SQLite's side files) so each run starts afresh. */
    private static Path freshDemoFile(Path file) {
        try {
            for (String suffix : new String[]{"", "-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new FulcrumException("cannot replace the demo database " + file + ": " + e.getMessage());
        }
        return file;
    }

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (scale < 1) {
            throw new ParameterException(spec.commandLine(), "--scale must be 1 or more, got " + scale);
        }
        if (!context.databaseChosen()) {
            context.setDbPath(freshDemoFile(DatabaseLocation.demoPath(context.env())));
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
            context.out().printf("%nExplore it:%n  fulcrum --db %1$s report --by quarter%n  fulcrum --db %1$s ladder%n"
                    + "  fulcrum --db %1$s report --format json%n", context.location());
            return 0;
        }
        long started = System.nanoTime();
        var counts = GeneratedBusiness.create(database, GeneratedBusiness.Size.ofScale(scale), lastDay, random);
        double seconds = (System.nanoTime() - started) / 1e9;
        context.out().printf(Locale.ROOT, "Generated '%s' in %s: %,d time entries, %,d sales, %,d expenses, "
                        + "%,d audience snapshots (%,d rows in %.1f s, %,.0f rows/s)%n", counts.workspace().name(),
                context.location(), counts.timeEntries(), counts.sales(), counts.expenses(), counts.audienceSnapshots(), counts.total(),
                seconds, counts.total() / seconds);
        context.out().printf("Run 'fulcrum --db %s report --by month' to see its report.%n", context.location());
        return 0;
    }
}
