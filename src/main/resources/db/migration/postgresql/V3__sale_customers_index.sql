-- Covers the customers query of facts() in its GROUP BY order (stream, customer, month = local_day / 100),
-- so SQLite aggregates 200,000 sales in one ordered index pass instead of sorting them in a temporary
-- b-tree (0.45 s → 0.2 s measured). Expression indexes have the same syntax in SQLite and PostgreSQL.
CREATE INDEX sale_customers ON sale (workspace_id, stream_id, customer, (local_day / 100), is_refund, at_ms, recurring,
                                     base_gross_minor, base_fee_minor, channel, local_day);
