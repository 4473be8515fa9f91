package app.fulcrum.app;

import app.fulcrum.domain.Workspace;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An opened, migrated database holding any number of workspaces. Implemented once, over JDBC
 * (SQLite embedded, PostgreSQL shared); the dialect differences live in storage.
 */
public interface Database extends AutoCloseable {

    /** Creates a workspace with its owner and returns it. */
    Workspace createWorkspace(Workspace workspace, String ownerName, String ownerEmail);

    List<Workspace> workspaces();

    Optional<Workspace> findWorkspace(long id);

    /** Runs {@code work} in one transaction against the workspace's data; any exception rolls it all back. */
    <T> T inTransaction(long workspaceId, Function<WorkspaceStore, T> work);

    /** "sqlite" or "postgresql", for messages and benchmarks. */
    String vendor();

    @Override
    void close();
}
