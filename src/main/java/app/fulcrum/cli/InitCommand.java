package app.fulcrum.cli;

import app.fulcrum.app.Database;
import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.concurrent.Callable;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create the database and its workspace, or upgrade an existing database to this version.",
                "Running it again is safe: migrations are applied and the workspace is left as it is",
                "(a new --timezone is applied and every local day recomputed)."})
final class InitCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--currency", paramLabel = "CODE", description = "Base currency (ISO 4217), e.g. USD.")
    String currency;

    @Option(names = "--timezone", paramLabel = "ZONE", description = "Time zone periods are counted in, e.g. America/New_York.")
    String timezone;

    @Option(names = "--owner", paramLabel = "NAME", description = "The owner's name.")
    String owner;

    @Option(names = "--owner-email", paramLabel = "EMAIL", description = "The owner's email (matches imported time).")
    String ownerEmail;

    @Option(names = "--name", paramLabel = "NAME", description = "Business name (default: the owner's name).")
    String name;

    InitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Database database = context.database();
        var existing = database.workspaces().stream().findFirst();
        if (existing.isPresent()) {
            return upgrade(database, existing.get());
        }
        if (currency == null || timezone == null || owner == null) {
            throw new FulcrumException("a new database needs --currency, --timezone and --owner, e.g. "
                    + "'fulcrum init --currency USD --timezone America/New_York --owner \"Dana Coach\"'");
        }
        Workspace created = database.createWorkspace(new Workspace(0, name == null ? owner : name,
                Money.currency(currency), zone(timezone)), owner, ownerEmail);
        context.out().printf("Created workspace '%s' (%s, %s) in %s%n", created.name(),
                created.currency().getCurrencyCode(), created.zone(), context.location());
        return 0;
    }

    private int upgrade(Database database, Workspace workspace) {
        Currency wanted = currency == null ? workspace.currency() : Money.currency(currency);
        if (!wanted.equals(workspace.currency())) {
            throw new FulcrumException("the workspace's base currency is " + workspace.currency().getCurrencyCode()
                    + " and cannot be changed to " + wanted.getCurrencyCode() + " once created");
        }
        ZoneId zone = timezone == null ? workspace.zone() : zone(timezone);
        String newName = name == null ? workspace.name() : name;
        Workspace updated = new Workspace(workspace.id(), newName, workspace.currency(), zone);
        if (!updated.equals(workspace)) {
            database.inTransaction(workspace.id(), store -> {
                store.updateWorkspace(updated);
                return null;
            });
        }
        context.out().printf("Database %s is up to date; workspace '%s' (%s, %s)%n", context.location(),
                updated.name(), updated.currency().getCurrencyCode(), updated.zone());
        return 0;
    }

    static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new FulcrumException("'" + id + "' is not a time zone: expected a region such as America/New_York or Europe/Berlin");
        }
    }
}
