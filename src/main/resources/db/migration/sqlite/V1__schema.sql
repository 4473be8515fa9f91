-- Fulcrum schema, SQLite dialect. Kept line-for-line parallel to ../postgresql/V1__schema.sql: the only
-- difference is how an id is generated (INTEGER PRIMARY KEY here, an identity column there).
-- Conventions: every row carries workspace_id; money is integer minor units plus a currency code;
-- instants are UTC epoch milliseconds (BIGINT); dates and local days are INTEGER yyyymmdd.
-- Data rows keep their provenance (source, source_file, source_line, external_id); manual rows leave
-- external_id NULL, which both databases treat as distinct in a unique index.

CREATE TABLE workspace (
    id       INTEGER PRIMARY KEY,
    name     TEXT    NOT NULL,
    currency TEXT    NOT NULL,
    zone     TEXT    NOT NULL
);

CREATE TABLE setting (
    workspace_id  BIGINT NOT NULL REFERENCES workspace (id),
    setting_key   TEXT   NOT NULL,
    setting_value TEXT   NOT NULL,
    PRIMARY KEY (workspace_id, setting_key)
);

CREATE TABLE stream (
    id                      INTEGER PRIMARY KEY,
    workspace_id            BIGINT  NOT NULL REFERENCES workspace (id),
    name                    TEXT    NOT NULL,
    name_key                TEXT    NOT NULL,
    kind                    TEXT    NOT NULL,
    list_price_minor        BIGINT,
    list_price_currency     TEXT,
    capacity_hours_per_week TEXT,
    capacity_seats          INTEGER,
    status                  TEXT    NOT NULL,
    UNIQUE (workspace_id, id),
    UNIQUE (workspace_id, name_key)
);

CREATE TABLE person (
    id                 INTEGER PRIMARY KEY,
    workspace_id       BIGINT  NOT NULL REFERENCES workspace (id),
    name               TEXT    NOT NULL,
    name_key           TEXT    NOT NULL,
    email              TEXT,
    email_key          TEXT,
    role               TEXT    NOT NULL,
    cost_rate_minor    BIGINT,
    cost_rate_currency TEXT,
    UNIQUE (workspace_id, id),
    UNIQUE (workspace_id, name_key)
);
CREATE UNIQUE INDEX person_email ON person (workspace_id, email_key);
CREATE UNIQUE INDEX person_one_owner ON person (workspace_id) WHERE role = 'OWNER';

CREATE TABLE time_entry (
    id               INTEGER PRIMARY KEY,
    workspace_id     BIGINT  NOT NULL REFERENCES workspace (id),
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
    external_id      TEXT,
    FOREIGN KEY (workspace_id, person_id) REFERENCES person (workspace_id, id),
    FOREIGN KEY (workspace_id, stream_id) REFERENCES stream (workspace_id, id)
);
CREATE UNIQUE INDEX time_entry_external ON time_entry (workspace_id, source, external_id);
-- Covers facts(): the GROUP BY reads this index only, in its order.
CREATE INDEX time_entry_facts ON time_entry (workspace_id, local_day, stream_id, person_id, activity, duration_seconds);

CREATE TABLE sale (
    id               INTEGER PRIMARY KEY,
    workspace_id     BIGINT  NOT NULL REFERENCES workspace (id),
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
    external_id      TEXT,
    UNIQUE (workspace_id, id),
    FOREIGN KEY (workspace_id, stream_id) REFERENCES stream (workspace_id, id),
    FOREIGN KEY (workspace_id, refund_of) REFERENCES sale (workspace_id, id) DEFERRABLE INITIALLY DEFERRED
);
CREATE UNIQUE INDEX sale_external ON sale (workspace_id, source, external_id);
CREATE INDEX sale_facts ON sale (workspace_id, local_day, stream_id, is_refund, recurring, base_gross_minor, base_fee_minor);
CREATE INDEX sale_customer ON sale (workspace_id, customer, local_day);
CREATE INDEX sale_refund_of ON sale (workspace_id, refund_of);

CREATE TABLE expense (
    id                INTEGER PRIMARY KEY,
    workspace_id      BIGINT  NOT NULL REFERENCES workspace (id),
    stream_id         BIGINT,
    category          TEXT    NOT NULL,
    amount_minor      BIGINT  NOT NULL,
    amount_currency   TEXT    NOT NULL,
    base_amount_minor BIGINT  NOT NULL,
    base_currency     TEXT    NOT NULL,
    local_day         INTEGER NOT NULL,
    note              TEXT,
    source            TEXT    NOT NULL,
    source_file       TEXT,
    source_line       INTEGER,
    external_id       TEXT,
    FOREIGN KEY (workspace_id, stream_id) REFERENCES stream (workspace_id, id)
);
CREATE UNIQUE INDEX expense_external ON expense (workspace_id, source, external_id);
CREATE INDEX expense_facts ON expense (workspace_id, local_day);

CREATE TABLE audience_snapshot (
    id           INTEGER PRIMARY KEY,
    workspace_id BIGINT  NOT NULL REFERENCES workspace (id),
    local_day    INTEGER NOT NULL,
    list_size    BIGINT  NOT NULL,
    buyers       BIGINT,
    source       TEXT    NOT NULL,
    source_file  TEXT,
    source_line  INTEGER,
    external_id  TEXT
);
CREATE UNIQUE INDEX audience_snapshot_external ON audience_snapshot (workspace_id, source, external_id);
CREATE INDEX audience_snapshot_day ON audience_snapshot (workspace_id, local_day);

-- Exact decimal rates as text: SQLite would turn NUMERIC into a binary double.
CREATE TABLE fx_rate (
    workspace_id BIGINT  NOT NULL REFERENCES workspace (id),
    currency     TEXT    NOT NULL,
    local_day    INTEGER NOT NULL,
    rate         TEXT    NOT NULL,
    PRIMARY KEY (workspace_id, currency, local_day)
);
