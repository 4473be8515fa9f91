package app.fulcrum.storage;

import app.fulcrum.domain.Expense;
import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.TimeEntry;
import app.fulcrum.domain.Workspace;
import org.jdbi.v3.core.Handle;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that rows about to be written point only at this workspace's people, streams and sales.
 * The large tables have no foreign keys (see V1__schema.sql), so this is what keeps one workspace's
 * rows from referring to another's. The workspace's ids are read once per call, so a bulk insert
 * costs one query per table, not one per row.
 */
final class References {
    private final Handle handle;
    private final Workspace workspace;

    References(Handle handle, Workspace workspace) {
        this.handle = handle;
        this.workspace = workspace;
    }

    void requireTime(List<TimeEntry> entries) {
        Set<Long> people = ids("person");
        Set<Long> streams = ids("stream");
        for (TimeEntry e : entries) {
            require(people, e.personId(), "person");
            if (e.streamId() != null) {
                require(streams, e.streamId(), "stream");
            }
        }
    }

    void requireSales(List<Sale> sales) {
        Set<Long> streams = ids("stream");
        for (Sale s : sales) {
            require(streams, s.streamId(), "stream");
            if (s.refundOf() != null && handle.createQuery("SELECT COUNT(*) FROM sale WHERE workspace_id = ? AND id = ?")
                    .bind(0, workspace.id()).bind(1, s.refundOf()).mapTo(Integer.class).one() == 0) {
                throw new FulcrumException("refund of sale " + s.refundOf() + ": workspace '" + workspace.name()
                        + "' has no sale with that id");
            }
        }
    }

    void requireExpenses(List<Expense> expenses) {
        Set<Long> streams = ids("stream");
        for (Expense e : expenses) {
            if (e.streamId() != null) {
                require(streams, e.streamId(), "stream");
            }
        }
    }

    private void require(Set<Long> known, long id, String what) {
        if (!known.contains(id)) {
            throw new FulcrumException("workspace '" + workspace.name() + "' has no " + what + " with id " + id);
        }
    }

    private Set<Long> ids(String table) {
        return new HashSet<>(handle.createQuery("SELECT id FROM " + table + " WHERE workspace_id = ?")
                .bind(0, workspace.id()).mapTo(Long.class).list());
    }
}
