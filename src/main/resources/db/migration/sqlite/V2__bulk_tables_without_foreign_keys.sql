-- time_entry and sale hold millions of rows. Their references (workspace, person, stream, refunded
-- sale) are now checked by the store before it writes (storage.References), not by foreign keys,
-- whose per-row cost made bulk imports slower. The workspace's few other rows keep their keys.
-- The indexes that only served those keys, or no query, go too. SQLite cannot drop a constraint, so
-- both tables are rebuilt with the same columns in the same order; same end state as
-- ../postgresql/V2__bulk_tables_without_foreign_keys.sql.

CREATE TABLE time_entry_v2 (
    id               INTEGER PRIMARY KEY,
    workspace_id     BIGINT  NOT NULL,
    person_id        BIGINT  NOT NULL,
    stream_id        BIGINT,
    activity         TEXT    NOT NULL,
    start_ms         BIGINT  NOT NULL,
    duration_seconds BIGINT  NOT NULL,
    local_day        INTEGER NOT NULL,
    note             TEXT,
    source           TEXT    NOT NULL,
    source_file      TEXT,
    source_line      INTEGER,
    external_id      TEXT
);
INSERT INTO time_entry_v2 SELECT * FROM time_entry;
DROP TABLE time_entry;
ALTER TABLE time_entry_v2 RENAME TO time_entry;
CREATE UNIQUE INDEX time_entry_external ON time_entry (workspace_id, source, external_id);
CREATE INDEX time_entry_facts ON time_entry (workspace_id, local_day, stream_id, person_id, activity, duration_seconds);

CREATE TABLE sale_v2 (
    id               INTEGER PRIMARY KEY,
    workspace_id     BIGINT  NOT NULL,
    stream_id        BIGINT  NOT NULL,
    at_ms            BIGINT  NOT NULL,
    local_day        INTEGER NOT NULL,
    customer         TEXT,
    gross_minor      BIGINT  NOT NULL,
    gross_currency   TEXT    NOT NULL,
    fee_minor        BIGINT  NOT NULL,
    fee_currency     TEXT    NOT NULL,
    base_gross_minor BIGINT  NOT NULL,
    base_fee_minor   BIGINT  NOT NULL,
    base_currency    TEXT    NOT NULL,
    is_refund        BOOLEAN NOT NULL,
    refund_of        BIGINT,
    recurring        BOOLEAN NOT NULL,
    channel          TEXT,
    source           TEXT    NOT NULL,
    source_file      TEXT,
    source_line      INTEGER,
    external_id      TEXT
);
INSERT INTO sale_v2 SELECT * FROM sale;
DROP TABLE sale;
ALTER TABLE sale_v2 RENAME TO sale;
CREATE UNIQUE INDEX sale_external ON sale (workspace_id, source, external_id);
CREATE INDEX sale_facts ON sale (workspace_id, local_day, stream_id, is_refund, recurring, base_gross_minor, base_fee_minor);
