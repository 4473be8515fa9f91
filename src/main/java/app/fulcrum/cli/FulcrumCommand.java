package app.fulcrum.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/** The root command: only options shared by every subcommand and the list of subcommands. */
@Command(name = "fulcrum",
        mixinStandardHelpOptions = true,
        versionProvider = FulcrumCommand.Version.class,
        description = {
                "Which of your income streams really give leverage?",
                "Fulcrum joins the time and the money of every income stream and reports, with your own numbers,",
                "what each hour earns, which streams are active, leveraged, passive or dormant, and what a change would do."},
        subcommands = {HelpCommand.class, InitCommand.class, StreamCommand.class, PersonCommand.class,
                RecordCommands.TimeCommand.class, RecordCommands.SaleCommand.class, RecordCommands.RefundCommand.class,
                RecordCommands.ExpenseCommand.class, RecordCommands.AudienceCommand.class, RecordCommands.FxCommand.class,
                ReportCommand.class, LadderCommand.class, PlanCommand.class, ImportCommand.class,
                ExportCommand.class, RestoreCommand.class, SettingsCommand.class, DemoCommand.class},
        footer = {"", "Database: --db PATH (SQLite file) or --db-url JDBC_URL, also FULCRUM_DB_URL;",
                "default $XDG_DATA_HOME/fulcrum/fulcrum.db.", "Run 'fulcrum demo' to try it on a demo business."})
public final class FulcrumCommand implements Runnable {

    @Spec
    CommandSpec spec;

    private final CliContext context;

    public FulcrumCommand(CliContext context) {
        this.context = context;
    }

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "SQLite database file (default: $XDG_DATA_HOME/fulcrum/fulcrum.db).")
    void setDbPath(Path path) {
        context.setDbPath(path);
    }

    @Option(names = "--db-url", paramLabel = "JDBC_URL", scope = ScopeType.INHERIT,
            description = "JDBC URL, e.g. jdbc:postgresql://127.0.0.1:5432/fulcrum (also FULCRUM_DB_URL; "
                    + "user and password from FULCRUM_DB_USER, FULCRUM_DB_PASSWORD).")
    void setDbUrl(String url) {
        context.setDbUrl(url);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = FulcrumCommand.class.getPackage().getImplementationVersion();
            return new String[]{"fulcrum " + (v == null ? "development build" : v)};
        }
    }
}
