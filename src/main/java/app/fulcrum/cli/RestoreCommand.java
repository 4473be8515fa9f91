package app.fulcrum.cli;

import app.fulcrum.app.Database;
import app.fulcrum.app.WorkspaceSnapshot;
import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Workspace;
import app.fulcrum.export.SnapshotJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the workspace with a JSON backup made by 'fulcrum export --format json'.",
                "An empty database gets the backup's workspace; one with data needs --replace."})
final class RestoreCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(paramLabel = "FILE", description = "The backup file.")
    Path file;

    @Option(names = "--replace", description = "Overwrite the existing workspace's data.")
    boolean replace;

    RestoreCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        WorkspaceSnapshot snapshot;
        try (InputStream in = Files.newInputStream(file)) {
            snapshot = SnapshotJson.read(file.toString(), in);
        } catch (NoSuchFileException e) {
            throw new FulcrumException("no such file: " + file);
        }
        Database database = context.database();
        Workspace target = database.workspaces().stream().findFirst().orElse(null);
        if (target == null) {
            Workspace w = snapshot.workspace();
            target = database.createWorkspace(new Workspace(0, w.name(), w.currency(), w.zone()), "owner", null);
        } else if (!replace) {
            throw new FulcrumException("the database " + context.location() + " already holds workspace '" + target.name()
                    + "': add --replace to overwrite it with the backup");
        }
        database.inTransaction(target.id(), store -> {
            store.restore(snapshot);
            return null;
        });
        context.out().printf("Restored '%s' from %s: %d streams, %d time entries, %d sales, %d expenses%n",
                snapshot.workspace().name(), file, snapshot.streams().size(), snapshot.timeEntries().size(),
                snapshot.sales().size(), snapshot.expenses().size());
        return 0;
    }
}
