package app.fulcrum.storage;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Days as INTEGER yyyymmdd, the form every date and every row's workspace-local day is stored in:
 * it sorts and compares like the date, and GROUP BY needs no time-zone function (SQLite has none
 * that knows zone rules). The local day of an instant is computed in Java, with the zone's real rules.
 */
final class LocalDays {
    static final int MIN = 0;
    static final int MAX = 99_991_231;

    private LocalDays() {
    }

    static int of(LocalDate date) {
        return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    static int of(Instant instant, ZoneId zone) {
        return of(LocalDate.ofInstant(instant, zone));
    }

    static LocalDate toDate(int yyyymmdd) {
        return LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    }

    static int fromOrMin(LocalDate from) {
        return from == null ? MIN : of(from);
    }

    static int toOrMax(LocalDate to) {
        return to == null ? MAX : of(to);
    }

    /**
     * Rewrites {@code local_day} of a table's rows for a new zone, one local day at a time: a row
     * belongs to day d when its instant lies in [start of d, start of d+1) in the new zone. Its stored
     * day (old zone) is within two days of the new one (UTC offsets differ by at most 36 h), which lets
     * each update use the (workspace_id, local_day) index instead of scanning the table.
     */
    static void recompute(Handle handle, long workspaceId, String table, String instantColumn, ZoneId zone) {
        var range = handle.createQuery("SELECT MIN(" + instantColumn + ") AS lo, MAX(" + instantColumn + ") AS hi FROM "
                        + table + " WHERE workspace_id = ?")
                .bind(0, workspaceId)
                .map((rs, ctx) -> rs.getObject("lo") == null ? new long[0] : new long[]{rs.getLong("lo"), rs.getLong("hi")})
                .one();
        if (range.length == 0) {
            return;
        }
        LocalDate first = LocalDate.ofInstant(Instant.ofEpochMilli(range[0]), zone);
        LocalDate last = LocalDate.ofInstant(Instant.ofEpochMilli(range[1]), zone);
        PreparedBatch batch = handle.prepareBatch("UPDATE " + table + " SET local_day = ? WHERE workspace_id = ?"
                + " AND local_day BETWEEN ? AND ? AND " + instantColumn + " >= ? AND " + instantColumn + " < ?");
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            batch.bind(0, of(day)).bind(1, workspaceId)
                    .bind(2, of(day.minusDays(2))).bind(3, of(day.plusDays(2)))
                    .bind(4, day.atStartOfDay(zone).toInstant().toEpochMilli())
                    .bind(5, day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli())
                    .add();
            if (batch.size() >= 500) {
                batch.execute();
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }
}
