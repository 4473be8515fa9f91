-- time_entry and sale hold millions of rows. Their references (workspace, person, stream, refunded
-- sale) are now checked by the store before it writes (storage.References), not by foreign keys,
-- whose per-row trigger made a bulk import about four times slower on PostgreSQL. The workspace's
-- few other rows keep their keys. The indexes that only served those keys, or no query, go too.
-- Same end state as ../sqlite/V2__bulk_tables_without_foreign_keys.sql, which must rebuild the tables.

ALTER TABLE time_entry
    DROP CONSTRAINT time_entry_workspace_id_fkey,
    DROP CONSTRAINT time_entry_workspace_id_person_id_fkey,
    DROP CONSTRAINT time_entry_workspace_id_stream_id_fkey;

ALTER TABLE sale
    DROP CONSTRAINT sale_workspace_id_fkey,
    DROP CONSTRAINT sale_workspace_id_stream_id_fkey,
    DROP CONSTRAINT sale_workspace_id_refund_of_fkey,
    DROP CONSTRAINT sale_workspace_id_id_key;

DROP INDEX sale_customer;
DROP INDEX sale_refund_of;
