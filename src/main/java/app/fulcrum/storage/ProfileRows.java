package app.fulcrum.storage;

import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.Settings;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.Workspace;
import org.jdbi.v3.core.Handle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A workspace's own row, its settings, streams and people. Names match case-insensitively via stored lower-case keys. */
final class ProfileRows {
    private final Handle handle;
    private final Workspace workspace;

    ProfileRows(Handle handle, Workspace workspace) {
        this.handle = handle;
        this.workspace = workspace;
    }

    static Optional<Workspace> findWorkspace(Handle handle, long id) {
        return handle.createQuery("SELECT " + RowMappers.WORKSPACE_COLUMNS + " FROM workspace WHERE id = ?")
                .bind(0, id).map(RowMappers.WORKSPACE).findOne();
    }

    /** Stores the new name, currency and zone; a new zone moves every time entry and sale to its new local day. */
    void updateWorkspace(Workspace updated) {
        if (updated.id() != workspace.id()) {
            throw new IllegalArgumentException("workspace " + updated.id() + " is not this store's " + workspace.id());
        }
        if (!updated.currency().equals(workspace.currency()) && hasMoney()) {
            throw new FulcrumException("cannot change the base currency from " + workspace.currency() + " to "
                    + updated.currency() + ": sales or expenses are already recorded in " + workspace.currency());
        }
        handle.createUpdate("UPDATE workspace SET name = ?, currency = ?, zone = ? WHERE id = ?")
                .bind(0, updated.name()).bind(1, updated.currency().getCurrencyCode()).bind(2, updated.zone().getId())
                .bind(3, workspace.id()).execute();
        if (!updated.zone().equals(workspace.zone())) {
            LocalDays.recompute(handle, workspace.id(), "time_entry", "start_ms", updated.zone());
            LocalDays.recompute(handle, workspace.id(), "sale", "at_ms", updated.zone());
        }
    }

    private boolean hasMoney() {
        return handle.createQuery("SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM sale WHERE workspace_id = :ws LIMIT 1) s)"
                        + " + (SELECT COUNT(*) FROM (SELECT 1 FROM expense WHERE workspace_id = :ws LIMIT 1) e)")
                .bind("ws", workspace.id()).mapTo(Long.class).one() > 0;
    }

    Settings settings() {
        Map<String, String> values = new LinkedHashMap<>();
        handle.createQuery("SELECT setting_key, setting_value FROM setting WHERE workspace_id = ? ORDER BY setting_key")
                .bind(0, workspace.id())
                .map((rs, ctx) -> values.put(rs.getString(1), rs.getString(2))).list();
        return new Settings(values);
    }

    /** A null value removes the setting. */
    void putSetting(String key, String value) {
        if (value == null) {
            handle.createUpdate("DELETE FROM setting WHERE workspace_id = ? AND setting_key = ?")
                    .bind(0, workspace.id()).bind(1, key).execute();
            return;
        }
        handle.createUpdate("INSERT INTO setting (workspace_id, setting_key, setting_value) VALUES (?, ?, ?)"
                        + " ON CONFLICT (workspace_id, setting_key) DO UPDATE SET setting_value = excluded.setting_value")
                .bind(0, workspace.id()).bind(1, key).bind(2, value).execute();
    }

    Stream addStream(Stream stream) {
        findStream(stream.name()).ifPresent(s -> {
            throw new FulcrumException("a stream named '" + s.name() + "' already exists");
        });
        long id = Writes.insertReturningId(handle, Inserts.STREAM, stream,
                (st, at, s) -> Inserts.stream(st, at, workspace.id(), s));
        return stream.withId(id);
    }

    void updateStream(Stream stream) {
        findStream(stream.name()).filter(s -> s.id() != stream.id()).ifPresent(s -> {
            throw new FulcrumException("a stream named '" + s.name() + "' already exists");
        });
        int changed = handle.createUpdate("UPDATE stream SET name = ?, name_key = ?, kind = ?, list_price_minor = ?,"
                        + " list_price_currency = ?, capacity_hours_per_week = ?, capacity_seats = ?, status = ?"
                        + " WHERE workspace_id = ? AND id = ?")
                .bind(0, stream.name()).bind(1, Inserts.key(stream.name())).bind(2, stream.kind().name())
                .bind(3, stream.listPrice() == null ? null : stream.listPrice().minor())
                .bind(4, stream.listPrice() == null ? null : stream.listPrice().currency().getCurrencyCode())
                .bind(5, stream.capacityHoursPerWeek() == null ? null : stream.capacityHoursPerWeek().toString())
                .bind(6, stream.capacitySeats()).bind(7, stream.status().name())
                .bind(8, workspace.id()).bind(9, stream.id()).execute();
        if (changed == 0) {
            throw new FulcrumException("there is no stream with id " + stream.id());
        }
    }

    List<Stream> streams() {
        return selectStreams("", null).list();
    }

    Optional<Stream> findStream(String name) {
        return selectStreams(" AND name_key = :key", Inserts.key(name)).findOne();
    }

    Optional<Stream> findStream(long id) {
        return handle.createQuery("SELECT " + RowMappers.STREAM_COLUMNS + " FROM stream WHERE workspace_id = :ws AND id = :id")
                .bind("ws", workspace.id()).bind("id", id).map(RowMappers.STREAM).findOne();
    }

    private org.jdbi.v3.core.result.ResultIterable<Stream> selectStreams(String condition, String key) {
        var query = handle.createQuery("SELECT " + RowMappers.STREAM_COLUMNS + " FROM stream WHERE workspace_id = :ws"
                + condition + " ORDER BY id").bind("ws", workspace.id());
        return (key == null ? query : query.bind("key", key)).map(RowMappers.STREAM);
    }

    Person addPerson(Person person) {
        findPerson(person.name()).ifPresent(p -> {
            throw new FulcrumException("a person named '" + p.name() + "' already exists");
        });
        if (person.isOwner() && findOwner().isPresent()) {
            throw new FulcrumException("workspace '" + workspace.name() + "' already has an owner");
        }
        long id = Writes.insertReturningId(handle, Inserts.PERSON, person,
                (st, at, p) -> Inserts.person(st, at, workspace.id(), p));
        return person.withId(id);
    }

    void updatePerson(Person person) {
        int changed = handle.createUpdate("UPDATE person SET name = ?, name_key = ?, email = ?, email_key = ?, role = ?,"
                        + " cost_rate_minor = ?, cost_rate_currency = ? WHERE workspace_id = ? AND id = ?")
                .bind(0, person.name()).bind(1, Inserts.key(person.name())).bind(2, person.email())
                .bind(3, Inserts.key(person.email())).bind(4, person.role().name())
                .bind(5, person.costRatePerHour() == null ? null : person.costRatePerHour().minor())
                .bind(6, person.costRatePerHour() == null ? null : person.costRatePerHour().currency().getCurrencyCode())
                .bind(7, workspace.id()).bind(8, person.id()).execute();
        if (changed == 0) {
            throw new FulcrumException("there is no person with id " + person.id());
        }
    }

    List<Person> people() {
        return handle.createQuery("SELECT " + RowMappers.PERSON_COLUMNS + " FROM person WHERE workspace_id = ? ORDER BY id")
                .bind(0, workspace.id()).map(RowMappers.PERSON).list();
    }

    Optional<Person> findPerson(String nameOrEmail) {
        return handle.createQuery("SELECT " + RowMappers.PERSON_COLUMNS + " FROM person WHERE workspace_id = :ws"
                        + " AND (name_key = :key OR email_key = :key) ORDER BY id")
                .bind("ws", workspace.id()).bind("key", Inserts.key(nameOrEmail)).map(RowMappers.PERSON).findFirst();
    }

    Optional<Person> findOwner() {
        return handle.createQuery("SELECT " + RowMappers.PERSON_COLUMNS + " FROM person WHERE workspace_id = ?"
                + " AND role = 'OWNER'").bind(0, workspace.id()).map(RowMappers.PERSON).findOne();
    }
}
