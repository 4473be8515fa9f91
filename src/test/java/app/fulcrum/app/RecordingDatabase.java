package app.fulcrum.app;

import app.fulcrum.domain.Workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A hand-written in-memory {@link Database} over {@link RecordingWorkspaceStore}s, for generator tests. */
final class RecordingDatabase implements Database {
    final List<RecordingWorkspaceStore> stores = new ArrayList<>();
    int transactions;

    @Override
    public Workspace createWorkspace(Workspace workspace, String ownerName, String ownerEmail) {
        Workspace stored = new Workspace(stores.size() + 1L, workspace.name(), workspace.currency(), workspace.zone());
        stores.add(new RecordingWorkspaceStore(stored, ownerName));
        return stored;
    }

    @Override
    public List<Workspace> workspaces() {
        return stores.stream().map(RecordingWorkspaceStore::workspace).toList();
    }

    @Override
    public Optional<Workspace> findWorkspace(long id) {
        return workspaces().stream().filter(w -> w.id() == id).findFirst();
    }

    @Override
    public <T> T inTransaction(long workspaceId, Function<WorkspaceStore, T> work) {
        transactions++;
        return work.apply(stores.get((int) workspaceId - 1));
    }

    @Override
    public String vendor() {
        return "memory";
    }

    @Override
    public void close() {
    }
}
