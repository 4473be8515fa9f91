package app.fulcrum.storage;

import app.fulcrum.app.Database;
import app.fulcrum.app.WorkspaceStore;
import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.PersonRole;
import app.fulcrum.domain.Workspace;
import com.zaxxer.hikari.HikariDataSource;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A migrated SQLite or PostgreSQL database over a connection pool. */
final class SqlDatabase implements Database {
    private final Jdbi jdbi;
    private final HikariDataSource pool;
    private final Vendor vendor;

    SqlDatabase(Jdbi jdbi, HikariDataSource pool, Vendor vendor) {
        this.jdbi = jdbi;
        this.pool = pool;
        this.vendor = vendor;
    }

    @Override
    public Workspace createWorkspace(Workspace workspace, String ownerName, String ownerEmail) {
        return jdbi.inTransaction(handle -> {
            long id = handle.createQuery("INSERT INTO workspace (name, currency, zone) VALUES (?, ?, ?) RETURNING id")
                    .bind(0, workspace.name())
                    .bind(1, workspace.currency().getCurrencyCode())
                    .bind(2, workspace.zone().getId())
                    .mapTo(Long.class).one();
            Workspace created = new Workspace(id, workspace.name(), workspace.currency(), workspace.zone());
            new ProfileRows(handle, created).addPerson(new Person(0, ownerName, ownerEmail, PersonRole.OWNER, null));
            return created;
        });
    }

    @Override
    public List<Workspace> workspaces() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, name, currency, zone FROM workspace ORDER BY id")
                .map(RowMappers.WORKSPACE).list());
    }

    @Override
    public Optional<Workspace> findWorkspace(long id) {
        return jdbi.withHandle(handle -> ProfileRows.findWorkspace(handle, id));
    }

    @Override
    public <T> T inTransaction(long workspaceId, Function<WorkspaceStore, T> work) {
        return jdbi.inTransaction(handle -> {
            Workspace workspace = ProfileRows.findWorkspace(handle, workspaceId)
                    .orElseThrow(() -> new FulcrumException("there is no workspace with id " + workspaceId));
            return work.apply(new SqlWorkspaceStore(handle, workspace, vendor));
        });
    }

    @Override
    public String vendor() {
        return vendor.label();
    }

    @Override
    public void close() {
        pool.close();
    }
}
